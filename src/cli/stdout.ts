// Shared by the command-line entry points.

/** Piped into `head`, stop quietly when the reader goes away instead of throwing EPIPE. */
export function exitQuietlyWhenPipeCloses(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
