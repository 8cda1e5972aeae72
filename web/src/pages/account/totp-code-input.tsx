import { Input } from 'antd';

/** A complete 动态口令: six digits. */
export function isTotpCode(value: string): boolean {
  return /^\d{6}$/.test(value);
}

/**
 * Six boxes for a 动态口令 from the authenticator app; pasting the whole code into the first box fills them all.
 * Uncontrolled: change `resetKey` to clear it (after a wrong code). `onComplete` fires once all six are filled.
 */
export function TotpCodeInput({
  resetKey,
  disabled,
  autoFocus,
  onCodeChange,
  onComplete,
}: {
  resetKey: number;
  disabled?: boolean;
  autoFocus?: boolean;
  onCodeChange: (code: string) => void;
  onComplete?: (code: string) => void;
}) {
  return (
    <Input.OTP
      key={resetKey}
      aria-label="动态口令"
      data-testid="totp-code"
      length={6}
      size="large"
      autoFocus={autoFocus}
      autoComplete="one-time-code"
      disabled={disabled}
      onInput={(cells) => onCodeChange(cells.join(''))}
      onChange={(value) => {
        onCodeChange(value);
        if (isTotpCode(value)) onComplete?.(value);
      }}
    />
  );
}
