/**
 * Imported first by every lazily loaded chunk that validates with zod. zod compiles validators
 * with new Function() when it can; the Content-Security-Policy forbids eval, so it is told not to
 * try (it would fall back and work, but every attempt is a reported CSP violation).
 */
import { z } from 'zod';

z.config({ jitless: true });
