module.exports = async function globalTeardown() {
  const child = globalThis.__yigouTestPg;
  if (!child || child.exitCode !== null) return;
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 15000).unref();
  });
  globalThis.__yigouTestPg = undefined;
};
