import { Link } from 'react-router-dom';
import { LEGAL_DOCUMENTS, type LegalDocument } from '@yigou/shared/domain';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { LEGAL_TEXTS } from '../utils/legal-texts';
import { useS } from '../utils/sms-labels';
import '../components/sms.css';

/** /legal/agreement and /legal/privacy: the texts accepted at registration, with their versions. */
export function LegalPage({ document }: { document: LegalDocument }) {
  const S = useS();
  const meta = LEGAL_DOCUMENTS[document];
  useDocumentTitle(meta.title);
  return (
    <article className="legal-page" data-testid={`legal-${document}`}>
      <h1>{meta.title}</h1>
      <p className="sms-note">{S('legalVersion', { version: meta.version })}</p>
      {LEGAL_TEXTS[document].map((section) => (
        <section key={section.heading}>
          <h2>{section.heading}</h2>
          {section.paragraphs.map((p) => (
            <p key={p.slice(0, 24)}>{p}</p>
          ))}
        </section>
      ))}
      <p>
        <Link to={document === 'user_agreement' ? '/legal/privacy' : '/legal/agreement'}>
          {document === 'user_agreement' ? S('privacy') : S('agreement')}
        </Link>
      </p>
    </article>
  );
}
