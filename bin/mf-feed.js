#!/usr/bin/env node
// The feed validator. Built from src/cli by `npm run build` (dist/cli/mf-feed.js).
import '../dist/cli/mf-feed.js';
