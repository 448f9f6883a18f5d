// office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose own
// dependencies are ESM-only and do not load under jest (see shared notes/outlook-facts.md).
module.exports = {
  OfficeApp: {
    Excel: 'excel',
    OneNote: 'onenote',
    Outlook: 'outlook',
    PowerPoint: 'powerpoint',
    Project: 'project',
    Word: 'word',
  },
};
