/** An ISO 8601 duration (`PT1H2M3.45S`), at most two decimals of seconds: SCORM 2004's timeinterval and xAPI's result.duration. */
export function isoDuration(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(centis / 360000);
  const m = Math.floor((centis % 360000) / 6000);
  const s = (centis % 6000) / 100;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s}S`;
}
