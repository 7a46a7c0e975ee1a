// zod's JIT probes `new Function`, which a strict Content-Security-Policy reports as a violation.
// This module must be imported before any schema is defined.
import { z } from "zod";

z.config({ jitless: true });
