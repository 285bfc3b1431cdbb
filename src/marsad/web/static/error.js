/* Error pages need only the shared language toggle (common.js). */
"use strict";
