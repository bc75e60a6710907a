import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { InlineError } from './FormError';

describe('InlineError', () => {
  it('renders nothing without a message', () => {
    const { container } = render(<InlineError className="form-error" message={null} />);
    expect(container.innerHTML).toBe('');
    render(<InlineError className="form-error" message="" />);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('renders the message as the alert paragraph the panels wrote by hand', () => {
    const { container } = render(<InlineError className="live-error" testId="host-error" message="库存不足" />);
    expect(container.innerHTML).toBe('<p class="live-error" role="alert" data-testid="host-error">库存不足</p>');
  });
});
