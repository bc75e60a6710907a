// `testTimeout` inside a Jest project entry is ignored (it is a global option), so
// the integration project sets its time limit here: booting the API against a
// cloned database can take well over Jest's 5 s default on a busy 2-core machine.
jest.setTimeout(60_000);
