import '../supplier.css';
import { useNavigate } from 'react-router-dom';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { ApplyForm } from '../components/ApplyForm';
import { useL } from '../utils/labels';

/** /supplier/apply: the 入驻 application. */
export function SupplierApplyPage() {
  const L = useL();
  const navigate = useNavigate();
  useDocumentTitle(L('apply'));
  return (
    <div className="yg-desk yg-desk--narrow">
      <h1>{L('apply')}</h1>
      <p className="muted">{L('applyLead')}</p>
      <section className="yg-card sp-card">
        <ApplyForm onDone={() => navigate('/supplier')} />
      </section>
    </div>
  );
}
