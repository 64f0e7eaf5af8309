import type { Cue } from '../../../domain/inquiry/timer';

// Short cues made with Web Audio, so nothing is loaded from disk: one tap at 60 s left, two taps at
// 30 s, a long tone at zero (domain.md §1). Meetings elsewhere tap the table the same way.

let context: AudioContext | null = null;

function audio(): AudioContext | null {
  if (typeof AudioContext === 'undefined') return null;
  context ??= new AudioContext();
  if (context.state === 'suspended') void context.resume();
  return context;
}

function tone(ctx: AudioContext, start: number, seconds: number, frequency: number): void {
  const oscillator = ctx.createOscillator();
  const gain = ctx.createGain();
  oscillator.frequency.value = frequency;
  gain.gain.setValueAtTime(0.0001, start);
  gain.gain.exponentialRampToValueAtTime(0.4, start + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, start + seconds);
  oscillator.connect(gain).connect(ctx.destination);
  oscillator.start(start);
  oscillator.stop(start + seconds + 0.05);
}

export function playCue(cue: Cue): void {
  const ctx = audio();
  if (!ctx) return;
  const t = ctx.currentTime + 0.01;
  if (cue === 'oneTap') tone(ctx, t, 0.15, 880);
  if (cue === 'twoTaps') {
    tone(ctx, t, 0.15, 880);
    tone(ctx, t + 0.3, 0.15, 880);
  }
  if (cue === 'longTone') tone(ctx, t, 1.2, 660);
}

const MUTE_KEY = 'xunping.console.muted';

/** Mute is a preference of this machine, not meeting data. */
export function loadMuted(): boolean {
  return window.localStorage.getItem(MUTE_KEY) === '1';
}

export function saveMuted(muted: boolean): void {
  window.localStorage.setItem(MUTE_KEY, muted ? '1' : '0');
}
