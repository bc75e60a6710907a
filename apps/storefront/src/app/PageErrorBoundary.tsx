import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorState } from '@yigou/web/ui';

interface State {
  failed: boolean;
}

/**
 * Catches a page that throws while rendering, so the header and footer stay and
 * the person is told what happened (in Chinese) instead of a blank screen.
 * AppLayout keys it by path: going to another page starts afresh.
 */
export class PageErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('page failed to render', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div data-testid="error-boundary">
        <ErrorState
          title="页面出错了"
          message="这个页面暂时无法显示，请刷新重试；如果一直出现，请联系平台管理员。"
          onRetry={() => window.location.reload()}
        />
      </div>
    );
  }
}
