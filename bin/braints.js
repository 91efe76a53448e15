#!/usr/bin/env node
'use strict';
require('../dist/cli/main.js')
  .main(process.argv.slice(2))
  .then(
    (code) => process.exit(code),
    // main reports every failure itself; this is a failure to report one
    (err) => {
      console.error(err);
      process.exit(70);
    },
  );
