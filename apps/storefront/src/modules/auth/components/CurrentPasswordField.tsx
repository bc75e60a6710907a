import { TextField } from '@yigou/web/ui';

/** The password the account has now (sign-in, 修改密码): masked, and offered by the browser's password manager. */
export function CurrentPasswordField({
  label,
  name,
  value,
  onChange,
  error,
}: {
  label: string;
  name: string;
  value: string;
  onChange: (password: string) => void;
  error?: string | null;
}) {
  return (
    <TextField
      label={label}
      name={name}
      type="password"
      autoComplete="current-password"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
    />
  );
}
