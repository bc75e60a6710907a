import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@yigou/web/ui';
import './app/app.css';
import { App } from './app/App';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
