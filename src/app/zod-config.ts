import { z } from 'zod';

// The page forbids eval (script-src 'self'). Without this, zod tries `new Function` on its first
// check to see whether it may compile fast checkers, and the browser reports a security violation.
z.config({ jitless: true });
