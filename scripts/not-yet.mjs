// Placeholder for commands whose issue has not landed yet: says so and fails.
const name = process.argv[2] ?? 'this command';
console.error(`"npm run ${name}" is not built yet: see the open issues.`);
process.exit(1);
