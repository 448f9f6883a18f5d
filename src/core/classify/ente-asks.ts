// The Ente itself as the one who asks: "il Comune di Bojano chiede che…", "l'Amministrazione
// chiede…" (not "la signora Rossi chiede", "la ditta chiede": a citizen's or a firm's wish).

/** Folded text: "comune di bojano chiede", "l'ente chiede", "l'unione chiede". */
export const enteAsks =
  /(?:comune|ente|amministrazione(?: comunale)?|unione)(?: di [a-z']{2,20}(?: [a-z']{2,20})?)? chiede/;
