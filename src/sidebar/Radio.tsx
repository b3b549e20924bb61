// One radio button with its label, as every choice in the sidebar draws it.
import type { ComponentChildren } from 'preact';

interface RadioProps {
  name: string;
  value?: string;
  checked: boolean;
  onChange: () => void;
  children: ComponentChildren;
}

/** A radio input inside its label, so a click on the words picks it. */
export function Radio({ name, value, checked, onChange, children }: RadioProps) {
  return (
    <label class="radio">
      <input type="radio" name={name} value={value} checked={checked} onChange={onChange} />
      {children}
    </label>
  );
}
