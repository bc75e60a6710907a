import './sms.css';

/** Two or more ways to do one thing (短信登录 / 密码登录). */
export function AuthTabs<K extends string>({
  tabs,
  value,
  onChange,
}: {
  tabs: readonly { key: K; label: string }[];
  value: K;
  onChange: (key: K) => void;
}) {
  return (
    <div className="sms-tabs" role="tablist">
      {tabs.map((tab) => (
        <button
          key={tab.key}
          type="button"
          role="tab"
          className="sms-tabs__tab"
          aria-selected={value === tab.key}
          onClick={() => onChange(tab.key)}
          data-testid={`auth-tab-${tab.key}`}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
