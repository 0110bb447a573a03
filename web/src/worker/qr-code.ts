/**
 * The check-in code out of whatever the employer's QR holds: the six digits
 * alone, or a link carrying them (`…?code=042917`). Null when there are none.
 */
export function checkInCodeFrom(scanned: string): string | null {
  const text = scanned.trim();
  if (/^\d{6}$/.test(text)) return text;
  try {
    const fromQuery = new URL(text).searchParams.get('code');
    if (fromQuery && /^\d{6}$/.test(fromQuery)) return fromQuery;
  } catch {
    // Not a link.
  }
  const digits = /(?:^|\D)(\d{6})(?:\D|$)/.exec(text);
  return digits ? digits[1]! : null;
}

/** The browser's barcode reader (Chrome on Android has it; others may not). */
export interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}

export function barcodeDetector(): BarcodeDetectorLike | null {
  const Ctor = (
    window as unknown as {
      BarcodeDetector?: new (o: { formats: string[] }) => BarcodeDetectorLike;
    }
  ).BarcodeDetector;
  return Ctor ? new Ctor({ formats: ['qr_code'] }) : null;
}
