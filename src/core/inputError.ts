// An error in what the marketer gave us: its message is shown to them as it is, so it says what to fix.

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
