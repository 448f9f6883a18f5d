// One webpack run builds every target; each target's config lives in build/webpack/.
//   npm run build                       all targets, production
//   npm run build -- --env ADDIN_URL=…   Outlook files for hosting at that https URL
//   webpack --config-name NAME           one target (lib, cli, outlook, onsend, thunderbird…)
const targets = ['lib', 'cli', 'outlook', 'onsend', 'thunderbird'];

module.exports = (env = {}, argv = {}) =>
  targets.flatMap((name) => {
    try {
      require.resolve(`./build/webpack/${name}.cjs`);
    } catch {
      return []; // target not written yet
    }
    return require(`./build/webpack/${name}.cjs`)(env, argv);
  });
