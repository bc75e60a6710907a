import { Link, useLocation } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { useT } from '@yigou/web/i18n';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { FOLLOW_COUNTY, FOLLOW_SUPPLIER, MY_FOLLOWS_QUERY, UNFOLLOW_COUNTY, UNFOLLOW_SUPPLIER } from '../graphql/live.documents';
import type { FollowTargetKind } from '../../../generated/graphql';
import '../livestream.css';

/**
 * 关注 a supplier or a county: followers get a notification before a live
 * session featuring that supplier's products, or of that county, starts.
 * Signed-out visitors get a link to sign in.
 */
export function FollowButton({
  kind,
  targetId,
  label,
  signedIn,
}: {
  kind: FollowTargetKind;
  targetId: string;
  label?: string;
  signedIn: boolean;
}) {
  const t = useT();
  const location = useLocation();
  const errorMessage = useErrorMessage();
  const follows = useQuery(MY_FOLLOWS_QUERY, { skip: !signedIn });
  const opts = { refetchQueries: [MY_FOLLOWS_QUERY], awaitRefetchQueries: true };
  const [followSupplier, fs] = useMutation(FOLLOW_SUPPLIER, opts);
  const [unfollowSupplier, us] = useMutation(UNFOLLOW_SUPPLIER, opts);
  const [followCounty, fc] = useMutation(FOLLOW_COUNTY, opts);
  const [unfollowCounty, uc] = useMutation(UNFOLLOW_COUNTY, opts);
  const testId = `follow-${kind}`;

  if (!signedIn) {
    return (
      <Link
        className="yg-button yg-button--ghost live-follow"
        data-testid={testId}
        to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`}
      >
        {t('live.followSignIn')}
      </Link>
    );
  }
  const following = !!follows.data?.myFollows.some((f) => f.targetKind === kind && f.targetId === targetId);
  const busy = follows.loading || fs.loading || us.loading || fc.loading || uc.loading;
  const error = fs.error ?? us.error ?? fc.error ?? uc.error;
  const toggle = () => {
    const run =
      kind === 'supplier'
        ? following
          ? unfollowSupplier({ variables: { supplierId: targetId } })
          : followSupplier({ variables: { supplierId: targetId } })
        : following
          ? unfollowCounty({ variables: { countyCode: targetId } })
          : followCounty({ variables: { countyCode: targetId } });
    void run.catch(() => null);
  };
  return (
    <span className="live-follow">
      <button
        type="button"
        className={`yg-button${following ? ' yg-button--ghost' : ''}`}
        data-testid={testId}
        data-following={following}
        aria-pressed={following}
        disabled={busy}
        onClick={toggle}
      >
        {following ? t('live.unfollow') : t('live.follow')}
        {label ? ` ${label}` : ''}
      </button>
      {error && (
        <span className="form-error" role="alert">
          {errorMessage(error)}
        </span>
      )}
    </span>
  );
}
