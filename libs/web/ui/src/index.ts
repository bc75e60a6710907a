import './styles/ui.css';

export * from './components/Badge';
export * from './components/category-colors';
export * from './components/icons';
export * from './components/LanguageSwitch';
export * from './components/Layout';
export * from './components/Price';
export * from './components/ProductCard';
export * from './components/ProductImage';
export * from './components/SearchBox';
export * from './components/states';
export * from './components/TextField';
export * from './components/Toast';
export * from './components/ConfirmButton';
