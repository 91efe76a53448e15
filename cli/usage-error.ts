/** A mistake in a command's flags: reported with the usage text, exit status 2. */
export class UsageError extends Error {}
