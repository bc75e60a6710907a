import { useState, type FormEvent } from 'react';
import { FormError, TextField } from '@yigou/web/ui';
import { useI18n } from '@yigou/web/i18n';
import { PRODUCT_CATEGORIES, PRODUCT_CATEGORY_LABELS } from '@yigou/shared/domain';
import type { EditorProductFieldsFragment, ProductCategory, SkuInput } from '../../../generated/graphql';
import { useL } from '../utils/labels';
import { fenToYuanInput, yuanToFenString } from '../utils/rest';
import { ImageUpload } from './ImageUpload';

interface SkuRow {
  id: string | null;
  spec: string;
  unit: string;
  price: string;
  stock: string;
  weight: string;
}
export interface ProductFormValues {
  name: string;
  category: ProductCategory;
  description: string | null;
  skus: SkuInput[];
  imageUrls: string[];
}

const newSku = (): SkuRow => ({ id: null, spec: '', unit: '', price: '', stock: '', weight: '' });

/** Name, category, description, SKUs (spec, price in yuan → fen, stock for new ones, weight), images. */
export function ProductForm({
  initial,
  busy,
  formError,
  fieldErrors,
  onSubmit,
}: {
  initial: EditorProductFieldsFragment | null;
  busy: boolean;
  formError: string | null;
  /** The server's refusal: a message for each refused field (name, skus.0.spec …). */
  fieldErrors: Readonly<Record<string, string>>;
  onSubmit: (v: ProductFormValues) => void;
}) {
  const L = useL();
  const { pick } = useI18n();
  const [name, setName] = useState(initial?.name ?? '');
  const [category, setCategory] = useState<ProductCategory | ''>(initial?.category ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [images, setImages] = useState<string[]>(initial?.images.map((i) => i.url) ?? []);
  const [skus, setSkus] = useState<SkuRow[]>(
    initial?.skus.map((s) => ({
      id: s.id,
      spec: s.spec,
      unit: s.unit,
      price: fenToYuanInput(s.priceFen),
      stock: String(s.available),
      weight: s.weightGrams ? String(s.weightGrams) : '',
    })) ?? [newSku()],
  );
  const [local, setLocal] = useState<Record<string, string>>({});

  const setSku = (i: number, k: keyof SkuRow, value: string) => setSkus((rows) => rows.map((r, j) => (j === i ? { ...r, [k]: value } : r)));
  const errorOf = (f: string) => local[f] ?? fieldErrors[f] ?? null;

  function submit(e: FormEvent) {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (name.trim().length < 2) problems.name = '商品名称至少2个字';
    if (!category) problems.category = '请选择商品分类';
    const out: SkuInput[] = [];
    skus.forEach((s, i) => {
      const fen = yuanToFenString(s.price);
      if (!s.spec.trim()) problems[`skus.${i}.spec`] = '请填写规格';
      if (!s.unit.trim()) problems[`skus.${i}.unit`] = '请填写单位';
      if (fen === null) problems[`skus.${i}.priceFen`] = '价格格式不正确，最多两位小数';
      else if (fen === '0') problems[`skus.${i}.priceFen`] = '价格必须大于0';
      const stock = Number(s.stock || '0');
      if (!s.id && (!Number.isInteger(stock) || stock < 0)) problems[`skus.${i}.stock`] = '库存不能小于0';
      const weight = s.weight ? Number(s.weight) : null;
      if (weight !== null && (!Number.isInteger(weight) || weight <= 0)) problems[`skus.${i}.weightGrams`] = '重量必须是大于0的整数克';
      out.push({
        id: s.id,
        spec: s.spec.trim(),
        unit: s.unit.trim(),
        priceFen: fen ?? '0',
        stock: s.id ? null : stock,
        weightGrams: weight,
      });
    });
    setLocal(problems);
    if (Object.keys(problems).length) return;
    onSubmit({
      name: name.trim(),
      category: category as ProductCategory,
      description: description.trim() || null,
      skus: out,
      imageUrls: images,
    });
  }

  return (
    <form className="sp-form" onSubmit={submit} noValidate data-testid="product-form">
      <FormError message={formError} />
      <TextField label={L('productName')} name="name" value={name} onChange={(e) => setName(e.target.value)} error={errorOf('name')} />
      <label className="yg-field">
        <span className="yg-field__label">{L('category')}</span>
        <select className="yg-select" name="category" value={category} onChange={(e) => setCategory(e.target.value as ProductCategory)}>
          <option value="">{L('choose')}</option>
          {PRODUCT_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {pick(PRODUCT_CATEGORY_LABELS[c])}
            </option>
          ))}
        </select>
        {errorOf('category') && <span className="sp-error">{errorOf('category')}</span>}
      </label>
      <label className="yg-field">
        <span className="yg-field__label">{L('description')}</span>
        <textarea className="yg-input" name="description" rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />
        {errorOf('description') && <span className="sp-error">{errorOf('description')}</span>}
      </label>
      <div className="yg-field">
        <span className="yg-field__label">{L('images')}</span>
        <div className="sp-images">
          {images.map((url) => (
            <figure key={url} className="sp-image">
              <img className="sp-thumb" src={url} alt="" data-testid="product-image-preview" />
              <button type="button" className="yg-button yg-button--ghost" onClick={() => setImages((xs) => xs.filter((x) => x !== url))}>
                {L('remove')}
              </button>
            </figure>
          ))}
        </div>
        <ImageUpload testId="product-image-upload" onUploaded={(img) => setImages((xs) => [...xs, img.url])} />
      </div>
      <fieldset className="sp-skus">
        <legend>{L('skus')}</legend>
        {skus.map((s, i) => (
          <div key={i} className="sp-sku" data-testid="sku-row">
            <TextField
              label={L('spec')}
              name={`spec-${i}`}
              value={s.spec}
              onChange={(e) => setSku(i, 'spec', e.target.value)}
              error={errorOf(`skus.${i}.spec`)}
            />
            <TextField
              label={L('unit')}
              name={`unit-${i}`}
              value={s.unit}
              onChange={(e) => setSku(i, 'unit', e.target.value)}
              error={errorOf(`skus.${i}.unit`)}
            />
            <TextField
              label={L('priceYuan')}
              name={`price-${i}`}
              inputMode="decimal"
              value={s.price}
              onChange={(e) => setSku(i, 'price', e.target.value)}
              error={errorOf(`skus.${i}.priceFen`)}
            />
            <TextField
              label={s.id ? L('stock') : L('initialStock')}
              name={`stock-${i}`}
              inputMode="numeric"
              value={s.stock}
              disabled={!!s.id}
              onChange={(e) => setSku(i, 'stock', e.target.value)}
              error={errorOf(`skus.${i}.stock`)}
            />
            <TextField
              label={L('weight')}
              name={`weight-${i}`}
              inputMode="numeric"
              value={s.weight}
              onChange={(e) => setSku(i, 'weight', e.target.value)}
              error={errorOf(`skus.${i}.weightGrams`)}
            />
            {!s.id && skus.length > 1 && (
              <button
                type="button"
                className="yg-button yg-button--ghost"
                onClick={() => setSkus((rows) => rows.filter((_, j) => j !== i))}
              >
                {L('remove')}
              </button>
            )}
          </div>
        ))}
        <button type="button" className="yg-button yg-button--secondary" onClick={() => setSkus((rows) => [...rows, newSku()])}>
          {L('addSku')}
        </button>
      </fieldset>
      <button type="submit" className="yg-button yg-button--lg" disabled={busy} data-testid="save-product">
        {busy ? L('saving') : L('save')}
      </button>
    </form>
  );
}
