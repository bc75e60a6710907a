import { useEffect } from 'react';

const SUFFIX = '以购 Yigou';

export function useDocumentTitle(title: string | null | undefined) {
  useEffect(() => {
    document.title = title ? `${title} · ${SUFFIX}` : `${SUFFIX} · 以购代捐 消费帮扶`;
  }, [title]);
}
