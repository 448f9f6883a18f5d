// The corpus sets and what each is for. A set's tickets live in sources/<name>/; its generated
// .eml files and labels.json in <name>/. Roles:
// - tuned: the engine has been tuned on it; a regression guard with its own goals.
// - holdout: sealed. Nobody tuning the engine reads it; its first score is in README.md.
// - blind: written, not yet scored. Score it (npm run eval -- NAME --summary), record the first
//   score in README.md before anyone reads a ticket, then make it scored or holdout.
// - scored: first score recorded, open for tuning; it becomes tuned once it meets the tuned goals.
export type SetRole = 'tuned' | 'holdout' | 'scored' | 'blind';

export interface CorpusSetInfo {
  name: string;
  role: SetRole;
  /** Fewest tickets the set must hold, and fewest positives of every rule. */
  minTickets: number;
  minPositives: number;
}

export const SETS: readonly CorpusSetInfo[] = [
  { name: 'dev', role: 'tuned', minTickets: 70, minPositives: 5 },
  { name: 'validation', role: 'tuned', minTickets: 30, minPositives: 2 },
  { name: 'holdout', role: 'holdout', minTickets: 60, minPositives: 4 },
  // Independent writers, 2026-12; first (blind) scores in README.md.
  { name: 'batch-a', role: 'tuned', minTickets: 80, minPositives: 4 },
  { name: 'batch-b', role: 'tuned', minTickets: 80, minPositives: 4 },
  { name: 'batch-c', role: 'tuned', minTickets: 80, minPositives: 4 },
  { name: 'batch-d', role: 'tuned', minTickets: 80, minPositives: 4 },
  { name: 'batch-e', role: 'tuned', minTickets: 80, minPositives: 4 },
  { name: 'batch-f', role: 'tuned', minTickets: 80, minPositives: 4 },
  { name: 'batch-g', role: 'tuned', minTickets: 80, minPositives: 4 },
  // Scored blind (README.md), open for tuning; 'tuned' once they meet the tuned goals (h and k
  // since 2026-12-02).
  { name: 'batch-h', role: 'tuned', minTickets: 80, minPositives: 4 },
  { name: 'batch-i', role: 'scored', minTickets: 80, minPositives: 4 },
  { name: 'batch-k', role: 'tuned', minTickets: 80, minPositives: 4 },
  // Sealed: nobody tuning the engine reads them.
  { name: 'batch-j', role: 'holdout', minTickets: 80, minPositives: 4 },
  { name: 'batch-l', role: 'holdout', minTickets: 80, minPositives: 4 },
  { name: 'batch-m', role: 'tuned', minTickets: 80, minPositives: 4 },
  { name: 'batch-n', role: 'scored', minTickets: 80, minPositives: 4 },
  // Written by writers O and P in parallel, scored blind at eaaa9cc: O is tuned on (and meets
  // the tuned goals), P is sealed.
  { name: 'batch-o', role: 'tuned', minTickets: 80, minPositives: 4 },
  { name: 'batch-p', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writers Q and R, scored blind at 48ca458: Q is tuned on (and meets the goals), R is sealed.
  { name: 'batch-q', role: 'tuned', minTickets: 80, minPositives: 4 },
  { name: 'batch-r', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writers S to V, scored blind at e2e7829 (README.md), open for tuning; T and V meet the tuned
  // goals.
  { name: 'batch-s', role: 'scored', minTickets: 80, minPositives: 4 },
  { name: 'batch-t', role: 'tuned', minTickets: 80, minPositives: 4 },
  { name: 'batch-u', role: 'scored', minTickets: 80, minPositives: 4 },
  { name: 'batch-v', role: 'tuned', minTickets: 80, minPositives: 4 },
  // Writers W and X, scored blind at d79aaf9 after tuning on S to V: W was then tuned on (and
  // meets the tuned goals); X was sealed until Y and Z were scored, then tuned on.
  { name: 'batch-w', role: 'tuned', minTickets: 80, minPositives: 4 },
  { name: 'batch-x', role: 'tuned', minTickets: 80, minPositives: 4 },
  // Writers Y and Z, scored blind together at a3a27bb: Y tuned on, Z sealed.
  { name: 'batch-y', role: 'tuned', minTickets: 80, minPositives: 4 },
  { name: 'batch-z', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writers ZA and ZB, scored blind together at 7b2a0a2 after tuning on X and Y: ZA tuned on,
  // ZB sealed.
  { name: 'batch-za', role: 'tuned', minTickets: 80, minPositives: 4 },
  { name: 'batch-zb', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writers ZC and ZD, scored blind together at d829ec8 after tuning on ZA: both tuned on (ZE
  // and ZF, written meanwhile, measure that tuning blind).
  { name: 'batch-zc', role: 'tuned', minTickets: 80, minPositives: 4 },
  { name: 'batch-zd', role: 'tuned', minTickets: 80, minPositives: 4 },
  // Writers ZE and ZF, scored blind together at ffc4a00 after tuning on ZC and ZD: ZF tuned on
  // (it meets the tuned goals), ZE (the formal mail of large Comuni, like ZD) sealed.
  { name: 'batch-ze', role: 'holdout', minTickets: 80, minPositives: 4 },
  { name: 'batch-zf', role: 'tuned', minTickets: 80, minPositives: 4 },
  // Writer ZG, scored blind at e989e94 after tuning on ZF: sealed.
  { name: 'batch-zg', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writers ZH and ZI, scored blind together at 5a8a172 after tuning on ZD and ZF: sealed until
  // ZJ, ZK and ZL were being written, then opened for tuning (ZJ–ZL measure that tuning blind).
  { name: 'batch-zh', role: 'scored', minTickets: 80, minPositives: 4 },
  { name: 'batch-zi', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writers ZJ, ZK and ZL, scored blind together at 469fac2 after tuning on ZH and ZI: ZJ and ZL
  // opened for tuning, ZK sealed.
  { name: 'batch-zj', role: 'scored', minTickets: 80, minPositives: 4 },
  { name: 'batch-zk', role: 'holdout', minTickets: 80, minPositives: 4 },
  { name: 'batch-zl', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writers ZM and ZN, scored blind together at 5e4a7ae after tuning on ZJ and ZL: both opened for
  // tuning (ZO and ZP, written meanwhile, measure that tuning blind).
  { name: 'batch-zm', role: 'scored', minTickets: 80, minPositives: 4 },
  { name: 'batch-zn', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writers ZO and ZP, scored blind together at d3e69b9 after tuning on ZM and ZN: ZO (which
  // meets every goal of issue 9) sealed, ZP opened for tuning.
  { name: 'batch-zo', role: 'holdout', minTickets: 80, minPositives: 4 },
  { name: 'batch-zp', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writers ZQ and ZR, scored blind together at 69271fc after tuning on ZP: ZQ opened for
  // tuning, ZR (which meets every goal of issue 9) sealed.
  { name: 'batch-zq', role: 'scored', minTickets: 80, minPositives: 4 },
  { name: 'batch-zr', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writers ZS and ZT, scored blind together at 70bd76a after tuning on ZQ: both opened for
  // tuning (ZU and ZV, written meanwhile, measure it blind).
  { name: 'batch-zs', role: 'scored', minTickets: 80, minPositives: 4 },
  { name: 'batch-zt', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writers ZU and ZV, scored blind together at fcf1722 after tuning on ZS and ZT: both opened
  // for tuning (ZW and ZX, written meanwhile, measure it blind).
  { name: 'batch-zu', role: 'scored', minTickets: 80, minPositives: 4 },
  { name: 'batch-zv', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writers ZW and ZX, scored blind together at 0dd52d3 after tuning on ZU and ZV: ZW opened for
  // tuning, ZX (the newest) sealed.
  { name: 'batch-zw', role: 'scored', minTickets: 80, minPositives: 4 },
  { name: 'batch-zx', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writers ZY and ZZ, scored blind together at fbf9ca9 after tuning on ZW: ZY opened for
  // tuning, ZZ (the newest) sealed.
  { name: 'batch-zy', role: 'scored', minTickets: 80, minPositives: 4 },
  { name: 'batch-zz', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writers ZZA and ZZB, scored blind together at a6f8911 after tuning on ZY: both opened for
  // tuning (ZZC and ZZD, written meanwhile, measure it blind).
  { name: 'batch-zza', role: 'scored', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzb', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writers ZZC and ZZD, scored blind together at df8b4c1 after tuning on ZZA and ZZB: both
  // opened for tuning (ZZE and ZZF, written meanwhile, measure it blind).
  { name: 'batch-zzc', role: 'scored', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzd', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writers ZZE and ZZF, scored blind together at 3e0b6b3 after tuning on ZZA to ZZD: both
  // opened for tuning (ZZG and ZZH, written meanwhile, measure it blind).
  { name: 'batch-zze', role: 'scored', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzf', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writers ZZG and ZZH, scored blind together at 5a28f87 after tuning on ZZE and ZZF: both
  // opened for tuning (ZZI and ZZJ, written meanwhile, measure it blind).
  { name: 'batch-zzg', role: 'scored', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzh', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writers ZZI and ZZJ, scored blind together at 6cf853d after tuning on ZZG and ZZH: both
  // opened for tuning (ZZK and ZZL, written meanwhile, measure it blind).
  { name: 'batch-zzi', role: 'scored', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzj', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writers ZZK and ZZL, scored blind together at 8a9a144 after tuning on ZZI and ZZJ: both
  // opened for tuning (ZZM and ZZN, written meanwhile, measure it blind).
  { name: 'batch-zzk', role: 'scored', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzl', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writers ZZM and ZZN, scored blind together at 99c4890 after tuning on ZZK and ZZL: both
  // opened for tuning (ZZO and ZZP, written meanwhile, measure it blind).
  { name: 'batch-zzm', role: 'scored', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzn', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writers ZZO and ZZP, scored blind together at 60e7ad9 after tuning on ZZM and ZZN: ZZP opened
  // for tuning, ZZO sealed (ZZQ and ZZR, written meanwhile, measure the tuning blind).
  { name: 'batch-zzo', role: 'holdout', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzp', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writers ZZQ and ZZR, scored blind together at b3a18fe after tuning on ZZP: ZZQ opened for
  // tuning, ZZR (the newest) sealed.
  { name: 'batch-zzq', role: 'scored', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzr', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writers ZZS and ZZT, scored blind together at 916ade6 after tuning on ZZQ: ZZT opened for
  // tuning, ZZS sealed (ZZU and ZZV, written meanwhile, measure the tuning blind).
  { name: 'batch-zzs', role: 'holdout', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzt', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writers ZZU and ZZV, scored blind together at a86f80e after tuning on ZZT: both sealed, the
  // newest measure.
  { name: 'batch-zzu', role: 'holdout', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzv', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writers ZZW and ZZX, scored blind together at 7c84f5d after tuning on ZZT: ZZW opened for
  // tuning at the next stop (its one false block), ZZX sealed.
  { name: 'batch-zzw', role: 'scored', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzx', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writers ZZY and ZZZ, scored blind together at 0e7e9d6 (the engine of 400d2ff): both opened
  // for tuning (ZZZA and ZZZB, written meanwhile, measure it blind).
  { name: 'batch-zzy', role: 'scored', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzz', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writers ZZZA and ZZZB, scored blind together at 023515d (the engine of 8c01fc6) after tuning
  // on ZZW, ZZY and ZZZ: both sealed, the newest measure.
  { name: 'batch-zzza', role: 'holdout', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzzb', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writers ZZZC and ZZZD, scored blind together at a4e5a29 (the engine of 8c01fc6, as ZZZA and
  // ZZZB): both opened for tuning (ZZZE and ZZZF, written meanwhile, measure it blind).
  { name: 'batch-zzzc', role: 'scored', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzzd', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writers ZZZE and ZZZF, scored blind together at 2281f00 (the engine of 0e03e8b) after tuning
  // on ZZZC and ZZZD: both opened for tuning at the next stop (ZZZG and ZZZH, written meanwhile,
  // measure it blind).
  { name: 'batch-zzze', role: 'scored', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzzf', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writers ZZZG and ZZZH, scored blind together at d0e1919 (the engine of ea4c206) after tuning
  // on ZZZE and ZZZF: both sealed, the newest measure.
  { name: 'batch-zzzg', role: 'holdout', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzzh', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writers ZZZI and ZZZJ, scored blind together at f57a40b (the engine of fe78121, no tuning
  // since ZZZG and ZZZH): ZZZI sealed, ZZZJ opened for tuning (ZZZK and ZZZL, written meanwhile,
  // measure it blind).
  { name: 'batch-zzzi', role: 'holdout', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzzj', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writers ZZZK and ZZZL, scored blind together at 2258bb6 (the engine of 9b1833c) after tuning
  // on ZZZJ: both opened for tuning (ZZZM and ZZZN, written meanwhile, measure it blind).
  { name: 'batch-zzzk', role: 'scored', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzzl', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writers ZZZM and ZZZN, scored blind together at 7a7eba5 (the engine of c284ecc) after tuning
  // on ZZZF, ZZZK and ZZZL: both opened for tuning (ZZZO and ZZZP, written meanwhile, measure it
  // blind).
  { name: 'batch-zzzm', role: 'scored', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzzn', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writers ZZZO and ZZZP, scored blind together at cdd6942 (the engine of 15d760a) after tuning
  // on ZZZM and ZZZN: both sealed, the newest measure.
  { name: 'batch-zzzo', role: 'holdout', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzzp', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writers ZZZQ and ZZZR, scored blind together at 1e724a3 (the engine of 524c306): ZZZQ sealed,
  // the newest measure; ZZZR opened for tuning (its two false blocks).
  { name: 'batch-zzzq', role: 'holdout', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzzr', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writers ZZZS and ZZZT, scored blind together at 683ab97 (the engine of 3dcbc97): ZZZS sealed,
  // the newest measure; ZZZT opened for tuning (booking 0.67).
  { name: 'batch-zzzs', role: 'holdout', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzzt', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writers ZZZU and ZZZV, scored blind together at ef2cc60 (the engine of 2791a06) after tuning
  // on ZZZT: both met every goal; ZZZV sealed, the newest measure; ZZZU opened for tuning.
  { name: 'batch-zzzu', role: 'scored', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzzv', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writers ZZZW and ZZZX, scored blind together at 5cffb19 (the engine of 8471dca) after tuning
  // on ZZZT and ZZZU: both met every goal; ZZZW sealed, the newest measure; ZZZX opened for tuning.
  { name: 'batch-zzzw', role: 'holdout', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzzx', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writers ZZZY and ZZZZ, scored blind together at ff82802 (the engine of 250bc38) after tuning
  // on ZZZX: ZZZZ met every goal and is sealed, the newest measure; ZZZY (booking 0.67, type 90 %)
  // opened for tuning.
  { name: 'batch-zzzy', role: 'scored', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzzz', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writers ZZZZA and ZZZZB, scored blind together at 759374f (the engine of 10968e1) after tuning
  // on ZZZY: ZZZZA met every goal and is sealed, the newest measure; ZZZZB (type 88.8 %) opened for
  // tuning.
  { name: 'batch-zzzza', role: 'holdout', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzzzb', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writers ZZZZC and ZZZZD, scored blind together at f5ac10b (the engine of 8ab8ae2) after
  // tuning on ZZZY and ZZZZB: ZZZZC met every goal and is sealed, the newest measure; ZZZZD
  // (wrong-module-address 0.83) opened for tuning.
  { name: 'batch-zzzzc', role: 'holdout', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzzzd', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writers ZZZZE and ZZZZF, scored blind together at 87bde93 (the engine of c4c8a03) after
  // tuning on ZZZZB and ZZZZD: ZZZZE (type 91.3 %) sealed, the newest measure; ZZZZF opened for
  // tuning (its two false blocks).
  { name: 'batch-zzzze', role: 'holdout', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzzzf', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writers ZZZZG and ZZZZH, scored blind together at 127c0df (the engine of 1e2896c) after tuning
  // on ZZZZF: ZZZZG (one missed block) sealed, the newest measure; ZZZZH (named-operator 0.40,
  // type 86.3 %) opened for the next stop's tuning, unread at this one.
  { name: 'batch-zzzzg', role: 'holdout', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzzzh', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZI: scored blind at 1e4933a (see README), then opened for tuning.
  { name: 'batch-zzzzi', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZJ: scored blind at 1e4933a, sealed: the newest holdout.
  // Three signature-missing since zzzzj047 was relabelled (2026-12-06, its note says why).
  { name: 'batch-zzzzj', role: 'holdout', minTickets: 80, minPositives: 3 },
  // Writers ZZZZK and ZZZZL, scored blind together at f5e4e80 after tuning on ZZZZI (both met
  // every goal): ZZZZL sealed, the newest holdout; ZZZZK opened for tuning.
  { name: 'batch-zzzzk', role: 'scored', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzzzl', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writers ZZZZM and ZZZZN, scored blind together at d91fe63 after tuning on ZZZZK: ZZZZM (every
  // goal met) sealed, the newest holdout; ZZZZN (wrong-module-address 0.80) opened for tuning.
  { name: 'batch-zzzzm', role: 'holdout', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzzzn', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writers ZZZZO and ZZZZP, scored blind together at 3c17aae after tuning on ZZZZN (both met
  // every goal): ZZZZP sealed, the newest holdout; ZZZZO opened for tuning.
  { name: 'batch-zzzzo', role: 'scored', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzzzp', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writers ZZZZQ and ZZZZR, scored blind together at 5a70509 after tuning on ZZZZO and the
  // review: ZZZZR (one missed block) sealed, the newest holdout; ZZZZQ (on-behalf 0.80) opened.
  { name: 'batch-zzzzq', role: 'scored', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzzzr', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writers ZZZZS and ZZZZT, scored blind together at 6947858 (the engine of b127d14, the stop's
  // last) after tuning on ZZZZQ, both every goal met: ZZZZS sealed, the newest holdout; ZZZZT
  // opened for the next stop's tuning, unread at this one.
  { name: 'batch-zzzzs', role: 'holdout', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzzzt', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writers ZZZZU and ZZZZV, scored blind together at cfb83b4 (the engine the stop before left):
  // ZZZZU (type 87.5 %) sealed, the newest holdout; ZZZZV (body-too-vague 0.44: six good short
  // tickets blocked) opened for tuning.
  { name: 'batch-zzzzu', role: 'holdout', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzzzv', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writers ZZZZW and ZZZZX, scored blind together at b43e3cb after tuning on ZZZZV: ZZZZW (one
  // false block) sealed, the newest holdout; ZZZZX (type 91.3 %) opened for tuning.
  { name: 'batch-zzzzw', role: 'holdout', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzzzx', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writers ZZZZY and ZZZZZ, scored blind together at 335e81d (the engine of b43e3cb, the stop's
  // last) after tuning on ZZZZV: ZZZZZ sealed, the newest holdout; ZZZZY (availability-missing
  // 0.80) opened for the next stop's tuning, unread at this one.
  { name: 'batch-zzzzy', role: 'scored', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzzzz', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writers ZZZZZA and ZZZZZB, scored blind together at b009c44: ZZZZZB (every goal met) sealed,
  // the newest holdout; ZZZZZA (type 88.8 %) opened for tuning.
  { name: 'batch-zzzzza', role: 'scored', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzzzzb', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writers ZZZZZC and ZZZZZD, scored blind together at e3857b01 (the engine of f5be435, the
  // stop's last) after tuning on ZZZZZA: ZZZZZD (every goal met) sealed, the newest holdout;
  // ZZZZZC (type 87.5 %) opened; read once ZZZZZE and ZZZZZF were being written.
  { name: 'batch-zzzzzc', role: 'scored', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzzzzd', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writers ZZZZZE and ZZZZZF, scored blind together at 824939cc (the engine of d376b927, the
  // stop's last): ZZZZZF (every goal met) sealed, the newest holdout; ZZZZZE (ente-multiple 0.75)
  // opened for the next stop's tuning, unread at this one.
  { name: 'batch-zzzzze', role: 'scored', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzzzzf', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writers ZZZZZG and ZZZZZH, scored blind together at d2b85901 (the engine of c398b5be, the
  // stop's last) after tuning on ZZZZY: ZZZZZH (every goal met) sealed, the newest holdout;
  // ZZZZZG (availability-missing 0.80) opened, read at the end of this stop (467a0857).
  { name: 'batch-zzzzzg', role: 'scored', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzzzzh', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writers ZZZZZI and ZZZZZJ, scored blind together at 88866f00 (the engine of 49cf3576): ZZZZZJ
  // (every goal met) opened for tuning; ZZZZZI (type 92.5 %) sealed, the newest holdout.
  { name: 'batch-zzzzzi', role: 'holdout', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzzzzj', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZK, scored blind at 3eb5aa9a (the engine of 321339c9): type 77.5 %, opened for
  // tuning.
  { name: 'batch-zzzzzk', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZL, scored blind at the engine of 321339c9 (like ZZZZZK): every goal met; sealed,
  // the newest holdout.
  { name: 'batch-zzzzzl', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writers ZZZZZM and ZZZZZN, scored blind together at the engine of 5c15e6ee after tuning on
  // ZZZZZJ and ZZZZZK: both met every goal. ZZZZZM sealed, the newest holdout; ZZZZZN opened.
  { name: 'batch-zzzzzm', role: 'holdout', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzzzzn', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writers ZZZZZO and ZZZZZP, scored blind together at the engine of 144a7618 after tuning on
  // ZZZZZK and ZZZZZN: ZZZZZO (wrong-module-address 0.80) sealed, the newest holdout; ZZZZZP
  // (every goal met) opened.
  { name: 'batch-zzzzzo', role: 'holdout', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzzzzp', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writers ZZZZZQ and ZZZZZR, scored blind together at the engine of 226b5a8b after the review
  // of this stop's cues: ZZZZZQ (every goal met) sealed, the newest holdout; ZZZZZR (one false
  // block) opened.
  { name: 'batch-zzzzzq', role: 'holdout', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzzzzr', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writers ZZZZZS and ZZZZZT, scored blind together at the engine of 93dfd732 after the second
  // review: ZZZZZS (false prompts 4.8 %, attachment-mentioned-missing 0.80) sealed, the newest
  // holdout; ZZZZZT (a false prompt and a false block, on-behalf 0.40) opened.
  { name: 'batch-zzzzzs', role: 'holdout', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzzzzt', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writers ZZZZZU and ZZZZZV, scored blind together at the engine of 1b41f977 after tuning on
  // ZZZZZT: ZZZZZU (multiple-topics 0.75) sealed, the newest holdout; ZZZZZV (type 92.5 %,
  // wrong-module-address 0.83, one false prompt) opened.
  { name: 'batch-zzzzzu', role: 'holdout', minTickets: 80, minPositives: 4 },
  { name: 'batch-zzzzzv', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZW (an ordinary late April): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzw', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZX (how they sign, fourth pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzx', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZY (an ordinary mid-July): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzy', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZ (the kind of request, eleventh pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzz', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZA (an ordinary late October): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzza', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZB (where the mail goes, fifth pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzb', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZC (an ordinary mid-February): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzc', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZD (short and to the point, fourth pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzd', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZE (an ordinary early May): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzze', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZF (who writes, for whom, whom they name, second pass): first score recorded in
  // README.md; opened.
  { name: 'batch-zzzzzzf', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZG (an ordinary early December): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzg', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZH (written on a phone, fourth pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzh', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZI (an ordinary early April): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzi', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZJ (attachments, forwards and threads, third pass): first score recorded in
  // README.md; opened, only glanced at (its false prompt mended).
  { name: 'batch-zzzzzzj', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZK (an ordinary mid-September): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzk', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZL (one mail, one or two things, second pass): first score recorded in README.md;
  // opened.
  { name: 'batch-zzzzzzl', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZM (an ordinary late November): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzm', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZN (the kind of request, twelfth pass): first score recorded in README.md; opened
  // and read.
  { name: 'batch-zzzzzzn', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZO (an ordinary early June): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzo', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZP (how they sign, fifth pass): first score recorded in README.md; opened and read.
  { name: 'batch-zzzzzzp', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZQ (an ordinary late January): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzq', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZR (where the mail goes, sixth pass): first score recorded in README.md; opened
  // and read.
  { name: 'batch-zzzzzzr', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZS (an ordinary late February): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzs', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZT (attachments, forwards and threads, fourth pass): first score recorded in
  // README.md; opened and read.
  { name: 'batch-zzzzzzt', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZU (an ordinary early September): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzu', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZV (short and to the point, fifth pass): first score recorded in README.md;
  // opened and read (ten of its eleven false blocks mended in f78f1628).
  { name: 'batch-zzzzzzv', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZW (an ordinary mid-December): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzw', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZX (where the mail goes, seventh pass): first score recorded in README.md; opened
  // and read.
  { name: 'batch-zzzzzzx', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZY (an ordinary late March): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzy', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZ (what kind of request is it, thirteenth pass): first score recorded in
  // README.md; opened and read (two closing replies relabelled, see their notes).
  { name: 'batch-zzzzzzz', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZA (an ordinary late July): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzza', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZB (short and to the point, sixth pass): first score recorded in README.md;
  // opened and read.
  { name: 'batch-zzzzzzzb', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZC (an ordinary early March): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzc', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZD (who writes, for whom, and whom they name, third pass): first score recorded
  // in README.md; opened and read.
  { name: 'batch-zzzzzzzd', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZE (an ordinary mid-October): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzze', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZF (attachments, forwards and threads, fifth pass): first score recorded in
  // README.md; opened, read.
  { name: 'batch-zzzzzzzf', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZG (an ordinary late August): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzg', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZH (how they sign and how to be reached, sixth pass): first score recorded in
  // README.md; opened, read.
  { name: 'batch-zzzzzzzh', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZI (an ordinary mid-May): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzi', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZJ (one mail, one or two things, third pass): first score recorded in README.md;
  // opened, read.
  { name: 'batch-zzzzzzzj', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZK (an ordinary early November): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzk', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZL (written on a phone or in a hurry, fifth pass): first score recorded in
  // README.md; opened, read.
  { name: 'batch-zzzzzzzl', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZM (an ordinary early August): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzm', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZN (written on a phone or in a hurry, sixth pass): first score recorded in
  // README.md; opened, read.
  { name: 'batch-zzzzzzzn', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZO (an ordinary late September): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzo', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZP (where the mail goes, eighth pass): first score recorded in README.md; opened,
  // read.
  { name: 'batch-zzzzzzzp', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZQ (an ordinary mid-January): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzq', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZR (written on a phone or in a hurry, seventh pass): first score recorded in
  // README.md; opened, read.
  { name: 'batch-zzzzzzzr', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZS (an ordinary mid-April): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzs', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZT (written on a phone or in a hurry, eighth pass): first score recorded in
  // README.md; opened, read.
  { name: 'batch-zzzzzzzt', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZU (an ordinary early December): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzu', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZV (written on a phone or in a hurry, ninth pass): first score recorded in
  // README.md; opened, read.
  { name: 'batch-zzzzzzzv', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZW (an ordinary late February): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzw', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZX (written on a phone or in a hurry, tenth pass): first score recorded in
  // README.md; opened, read.
  { name: 'batch-zzzzzzzx', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZY (an ordinary early July): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzy', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZ (written on a phone or in a hurry, eleventh pass): first score recorded in
  // README.md; opened, read.
  { name: 'batch-zzzzzzzz', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZA (an ordinary mid-November): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzza', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZB (written on a phone or in a hurry, twelfth pass): first score recorded in
  // README.md; opened, read. The writer ran out of time with eight rules at two or three tickets.
  { name: 'batch-zzzzzzzzb', role: 'scored', minTickets: 80, minPositives: 2 },
  // Writer ZZZZZZZZD (written on a phone or in a hurry, thirteenth pass): first score recorded in
  // README.md; opened, read.
  { name: 'batch-zzzzzzzzd', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZC (an ordinary late September): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzc', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZE (an ordinary late January): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzze', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZF (written on a phone or a tablet out of the office, fourteenth pass): first
  // score recorded in README.md; opened, read.
  { name: 'batch-zzzzzzzzf', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZG (an ordinary early May): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzg', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZH (written on a phone in a hurry, fifteenth pass): first score recorded in
  // README.md; opened, read.
  { name: 'batch-zzzzzzzzh', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZI (an ordinary mid-August): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzi', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZJ (written in a hurry and passed on, sixteenth phone pass): first score
  // recorded in README.md; opened, read.
  { name: 'batch-zzzzzzzzj', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZK (an ordinary early March from Unioni di Comuni): first score recorded in
  // README.md; sealed.
  { name: 'batch-zzzzzzzzk', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZL (written on a phone in a hurry, seventeenth pass): first score recorded in
  // README.md; opened, read.
  { name: 'batch-zzzzzzzzl', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZM (an ordinary late October by new staff): first score recorded in README.md;
  // sealed.
  { name: 'batch-zzzzzzzzm', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZN (phone mail of managers and officials, eighteenth pass): first score
  // recorded in README.md; opened, read.
  { name: 'batch-zzzzzzzzn', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZO (an ordinary mid-June in real client shapes): first score recorded in
  // README.md; sealed.
  { name: 'batch-zzzzzzzzo', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZP (two or three things in one phone mail, nineteenth pass): first score
  // recorded in README.md; opened, read.
  { name: 'batch-zzzzzzzzp', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZQ (an ordinary mid-December): first score recorded in
  // README.md; sealed.
  { name: 'batch-zzzzzzzzq', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZR (mail typed for another, twentieth phone pass): first score recorded in
  // README.md; opened, read.
  { name: 'batch-zzzzzzzzr', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZT (attachments from a phone, twenty-first pass): first score recorded in
  // README.md; opened, read.
  { name: 'batch-zzzzzzzzt', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZS (an ordinary late November from a large Comune): first score recorded in
  // README.md; sealed.
  { name: 'batch-zzzzzzzzs', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZU (an ordinary early October in small mountain Comuni): first score recorded in
  // README.md; sealed.
  { name: 'batch-zzzzzzzzu', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZV (phone mail out of hours, twenty-second pass): first score recorded in
  // README.md; opened, read.
  { name: 'batch-zzzzzzzzv', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZW (an ordinary late July): first score recorded in
  // README.md; sealed.
  { name: 'batch-zzzzzzzzw', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZX (phone mail with typos, twenty-third pass): first score recorded in
  // README.md; opened.
  { name: 'batch-zzzzzzzzx', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZ (phone mail where the subject does the work, twenty-fourth pass): first score
  // recorded in README.md; opened.
  { name: 'batch-zzzzzzzzz', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZA (an ordinary early February from Unioni): first score
  // recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzza', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZB (call-back times on a phone, twenty-fifth pass): first score
  // recorded in README.md; opened, read.
  { name: 'batch-zzzzzzzzzb', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZY (an ordinary mid-March): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzy', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZE (an ordinary early September in Outlook HTML): first score
  // recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzze', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZF (the kind of request on a phone, twenty-seventh pass): first score
  // recorded in README.md; opened, read.
  { name: 'batch-zzzzzzzzzf', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZC (an ordinary late April in mid-sized Comuni): first score
  // recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzc', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZD (phone replies to the operator, twenty-sixth pass): first score
  // recorded in README.md; opened, read.
  { name: 'batch-zzzzzzzzzd', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZG (an ordinary early November in the North-East): first score recorded in
  // README.md; sealed.
  { name: 'batch-zzzzzzzzzg', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZH (a clerk covering for an absent colleague, on a phone): first score
  // recorded in README.md; opened, read.
  { name: 'batch-zzzzzzzzzh', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZI (an ordinary mid-January in small Comuni and Unioni of the Centre): first
  // score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzi', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZJ (the urgent ones, on a phone): first score recorded in README.md;
  // opened, read.
  { name: 'batch-zzzzzzzzzj', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZN (the signature as a phone leaves it, thirty-first pass): first score
  // recorded in README.md; opened, read.
  { name: 'batch-zzzzzzzzzn', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZL (the mail that sends or mentions files, on a phone): first score recorded
  // in README.md; opened.
  { name: 'batch-zzzzzzzzzl', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZM (an ordinary early June in the South and the islands): first score recorded in README.md;
  // sealed.
  { name: 'batch-zzzzzzzzzm', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZK (an ordinary late March in mid-sized Comuni): first score recorded in README.md;
  // sealed.
  { name: 'batch-zzzzzzzzzk', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZP (which module? on a phone, thirty-second pass): first score recorded in README.md;
  // opened.
  { name: 'batch-zzzzzzzzzp', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZR (where the mail goes, on a phone, thirty-third pass): first score recorded in README.md;
  // opened.
  { name: 'batch-zzzzzzzzzr', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZO (an ordinary mid-September from Unioni and associated services): first score recorded in README.md;
  // sealed.
  { name: 'batch-zzzzzzzzzo', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZQ (an ordinary late December): first score recorded in README.md;
  // sealed.
  { name: 'batch-zzzzzzzzzq', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZS (an ordinary mid-October in the North-West): first score recorded in README.md;
  // sealed.
  { name: 'batch-zzzzzzzzzs', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZT (problems citizens met, on a phone, thirty-fourth pass): first score recorded in README.md;
  // opened, read.
  { name: 'batch-zzzzzzzzzt', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZU (an ordinary early April in the Centre and South): first score recorded in README.md;
  // sealed.
  { name: 'batch-zzzzzzzzzu', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZV (a second mail after the first, on a phone, thirty-fifth pass): first score recorded in README.md;
  // opened, read.
  { name: 'batch-zzzzzzzzzv', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZW (an ordinary late February in the Centre-North): first score recorded in README.md;
  // sealed.
  { name: 'batch-zzzzzzzzzw', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZX (the help wanted, on a phone, thirty-sixth pass): first score recorded in README.md;
  // opened, read in part.
  { name: 'batch-zzzzzzzzzx', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZY (an ordinary mid-July by the sea and the lakes): first score recorded in README.md;
  // sealed.
  { name: 'batch-zzzzzzzzzy', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZ (Unioni writing for one of their Comuni, on a phone, thirty-seventh pass): first score recorded in README.md;
  // opened, read in part.
  { name: 'batch-zzzzzzzzzz', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZB (the error as the clerk reports it, on a phone, thirty-eighth pass): first score recorded in README.md;
  // opened.
  { name: 'batch-zzzzzzzzzzb', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZA (an ordinary mid-May in mountain and hill Comuni): first score recorded in README.md;
  // sealed.
  // minPositives 3: the writer labelled three positives of eleven rules, measured as written.
  { name: 'batch-zzzzzzzzzza', role: 'holdout', minTickets: 80, minPositives: 3 },
  // Writer ZZZZZZZZZZC (an ordinary mid-August, Ferragosto and its skeleton staff): first score recorded in README.md;
  // sealed.
  { name: 'batch-zzzzzzzzzzc', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZD (the first time: new clerks and Enti new to Cityware.online, on a phone, thirty-ninth pass): first
  // score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzd', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZE (an ordinary early December, mid-sized towns): first score recorded in README.md;
  // sealed.
  // minPositives 2: the writer labelled two or three positives of several rules, measured as written.
  { name: 'batch-zzzzzzzzzze', role: 'holdout', minTickets: 80, minPositives: 2 },
  // Writer ZZZZZZZZZZF (requests that are not malfunctions, on a phone, fortieth pass): first score recorded in README.md;
  // opened.
  { name: 'batch-zzzzzzzzzzf', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZG (an ordinary late January from large Comuni): first score recorded in README.md;
  // sealed.
  { name: 'batch-zzzzzzzzzzg', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZI (Polizia Locale from the street, on a phone or tablet, forty-first pass): first score recorded in
  // README.md; opened.
  { name: 'batch-zzzzzzzzzzi', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZH (an ordinary late September, North-East and Tuscany): first score recorded in README.md;
  // sealed.
  { name: 'batch-zzzzzzzzzzh', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZJ (an ordinary early February, small Comuni and Unioni): first score recorded in README.md;
  // sealed.
  { name: 'batch-zzzzzzzzzzj', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZK (the office that writes as a team, on a phone, forty-second pass): first score recorded in
  // README.md; opened.
  { name: 'batch-zzzzzzzzzzk', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZL (an ordinary late April, islands and the South): first score recorded in README.md;
  // sealed.
  { name: 'batch-zzzzzzzzzzl', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZM (the thread that goes on, on a phone, forty-third pass): first score recorded in README.md;
  // opened.
  { name: 'batch-zzzzzzzzzzm', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZN (an ordinary early March, North-East and Centre): first score recorded in README.md;
  // sealed.
  { name: 'batch-zzzzzzzzzzn', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZO (the morning rush at the counter, on a phone, forty-fourth pass): first score recorded in
  // README.md; opened.
  { name: 'batch-zzzzzzzzzzo', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZP (an ordinary mid-November, some answered inline): first score recorded in README.md;
  // sealed.
  { name: 'batch-zzzzzzzzzzp', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZQ (secretaries and heads of sector, on a phone, forty-fifth pass): first score recorded in
  // README.md; opened.
  { name: 'batch-zzzzzzzzzzq', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZR (an ordinary late June, some answered inline): first score recorded in README.md;
  // sealed.
  { name: 'batch-zzzzzzzzzzr', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZS (quotes as phone and desktop clients leave them, forty-sixth pass): first score recorded in
  // README.md; opened.
  { name: 'batch-zzzzzzzzzzs', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZT (an ordinary late October): first score recorded in README.md;
  // sealed.
  { name: 'batch-zzzzzzzzzzt', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZU (school and social services, on a phone, forty-seventh pass): first score recorded in
  // README.md; opened.
  { name: 'batch-zzzzzzzzzzu', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZA (the counter on a Monday morning, on a phone, forty-eighth pass): first score recorded in
  // README.md; opened.
  { name: 'batch-zzzzzzzzzzza', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZY (who writes and for which Ente, forty-ninth pass): first score recorded in README.md;
  // opened.
  { name: 'batch-zzzzzzzzzzy', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZ (an ordinary late August): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzz', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZV (an ordinary early December): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzv', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZX (an ordinary mid-January): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzx', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZW (answers typed inside the quote, fiftieth pass): first score recorded in README.md;
  // opened.
  { name: 'batch-zzzzzzzzzzw', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZE (the IT office and the people in between, fifty-first pass): first score recorded in
  // README.md; opened.
  { name: 'batch-zzzzzzzzzzze', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZC (other people's names and numbers, fifty-second pass): first score recorded in
  // README.md; opened.
  { name: 'batch-zzzzzzzzzzzc', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZB (an ordinary mid-May): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzb', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZD (an ordinary early July): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzd', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZF (an ordinary late February): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzf', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZG (chases and follow-ups, fifty-third pass): first score recorded in README.md;
  // opened.
  { name: 'batch-zzzzzzzzzzzg', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZH (an ordinary mid-October): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzh', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZI (Outlook desktop in the office, fifty-fourth pass): first score recorded in README.md;
  // opened.
  { name: 'batch-zzzzzzzzzzzi', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZK (bookings, training and advice, fifty-fifth pass): first score recorded in README.md;
  // opened.
  { name: 'batch-zzzzzzzzzzzk', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZJ (an ordinary early November): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzj', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZL (an ordinary late April): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzl', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZM (two things at once, fifty-sixth pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzm', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZO (dictated and hurried, fifty-seventh pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzo', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZP (an ordinary late September): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzp', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZQ (where the mail goes, fifty-eighth pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzq', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZN (an ordinary mid-March): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzn', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZR (an ordinary early October): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzr', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZS (Outlook replies and forwards, fifty-ninth pass): first score recorded in README.md;
  // opened.
  { name: 'batch-zzzzzzzzzzzs', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZT (an ordinary late June): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzt', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZU (citizens, professionals and colleagues in the text, sixtieth pass): first score recorded
  // in README.md; opened.
  { name: 'batch-zzzzzzzzzzzu', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZV (an ordinary early July): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzv', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZW (reachability and numbers in the third person): first score recorded in README.md;
  // opened.
  { name: 'batch-zzzzzzzzzzzw', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZX (where the mail goes, second pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzx', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZY (an ordinary late July): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzy', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZ (replies that answer the operator inline): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzz', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZA (an ordinary August): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzza', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZB (help reserved for the future, third pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzb', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZC (an ordinary early September): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzc', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZF (whose problem is it, third pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzf', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZD (an ordinary late September): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzd', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZE (answers inside the operator's quote, second pass): first score recorded in
  // README.md; opened.
  { name: 'batch-zzzzzzzzzzzze', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZG (an ordinary mid-October): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzg', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZJ (subjects, third pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzj', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZH (an ordinary early November): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzh', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZI (an ordinary late November): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzi', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZK (answers inside the operator's quote, third pass): first score recorded in
  // README.md; opened.
  { name: 'batch-zzzzzzzzzzzzk', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZL (an ordinary early December): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzl', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZM (an ordinary mid-January): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzm', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZN (an ordinary late February): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzn', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZO (an ordinary mid-March): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzo', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZP (an ordinary late April): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzp', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZQ (an ordinary mid-May): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzq', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZS (an ordinary early June): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzs', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZT (abbreviations and titles inside sentences): first score recorded in
  // README.md; opened.
  { name: 'batch-zzzzzzzzzzzzt', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZR (answers inside the operator's quote, fourth pass): first score recorded in
  // README.md; opened.
  { name: 'batch-zzzzzzzzzzzzr', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZU (an ordinary early July): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzu', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZV (module borders, second pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzv', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZW (ticket type borders): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzw', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZY (an ordinary mid-September): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzy', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZX (an ordinary late July): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzx', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZ (answers inside the operator's quote, fifth pass: forms): first score recorded
  // in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzz', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZB (an ordinary mid-October): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzb', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZA (where the mail goes): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzza', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZC (people and accounts): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzc', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZD (an ordinary early November): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzd', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZF (an ordinary late December): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzf', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZE (answers inside the operator's quote, sixth pass: forms): first score recorded
  // in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzze', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZG (an ordinary early February): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzg', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZH (an ordinary mid-March): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzh', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZI (the office's own set-up, second pass): first score recorded in README.md;
  // opened.
  { name: 'batch-zzzzzzzzzzzzzi', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZL (answers inside the operator's quote, seventh pass, and look-alikes): first
  // score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzl', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZJ (an ordinary late April): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzj', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZK (an ordinary mid-June): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzk', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZO (answers inside the operator's quote, eighth pass, and look-alikes): first
  // score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzo', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZP (an ordinary early September): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzp', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZM (an ordinary mid-July): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzm', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZN (where the mail goes, second pass): first score recorded in README.md;
  // opened.
  { name: 'batch-zzzzzzzzzzzzzn', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZQ (an ordinary early November): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzq', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZS (an ordinary late January): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzs', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZR (replies to the ticket system's mails and look-alikes): first score recorded
  // in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzr', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZT (an ordinary late March): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzt', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZU (an ordinary late August): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzu', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZV (digital signatures and their devices): first score recorded in README.md;
  // opened.
  { name: 'batch-zzzzzzzzzzzzzv', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZX (who works for which Ente, third pass): first score recorded in README.md;
  // opened.
  { name: 'batch-zzzzzzzzzzzzzx', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZW (an ordinary mid-May): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzw', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZ (what kind of request is it, tenth pass): first score recorded in README.md;
  // opened.
  { name: 'batch-zzzzzzzzzzzzzz', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZY (an ordinary early December): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzy', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZA (answers inside the operator's quote, ninth pass, and look-alikes): first
  // score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzza', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZB (an ordinary mid-October): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzb', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZC (answers inside the operator's quote, tenth pass, and look-alikes): first
  // score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzc', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZD (what kind of request is it, eleventh pass): first score recorded in
  // README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzd', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZE (an ordinary late February): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzze', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZF (an ordinary mid-June): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzf', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZG (who signs and how to reach them): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzg', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZH (an ordinary early April): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzh', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZI (one request or two): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzi', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZJ (an ordinary late November): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzj', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZK (an ordinary mid-March): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzk', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZL (an ordinary early August): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzl', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZM (writing for whom, and for which Ente): first score recorded in README.md;
  // opened.
  { name: 'batch-zzzzzzzzzzzzzzm', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZN (an ordinary late September): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzn', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZP (answers inside the operator's quote, eleventh pass, and look-alikes): first
  // score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzp', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZO (an ordinary Christmas and New Year): first score recorded in README.md;
  // sealed.
  { name: 'batch-zzzzzzzzzzzzzzo', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZQ (an ordinary early January after the Epiphany): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzq', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZR (an ordinary early July): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzr', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZS (one request or two, second pass, and look-alikes): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzs', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZT (an ordinary early October): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzt', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZU (an ordinary late May with local elections): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzu', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZV (what kind of request, twelfth pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzv', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZW (an ordinary late October): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzw', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZY (an ordinary mid-February): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzy', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZX (answers inside the operator's quote, twelfth pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzx', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZ (an ordinary mid-November): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzz', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZA (who writes and how to call them back, second pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzza', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZB (an ordinary late June): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzb', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZC (an ordinary early March): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzc', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZD (an ordinary mid-August around Ferragosto): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzd', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZE (replies to the ticket system's automatic mails, second pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzze', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZF (an ordinary early May): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzf', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZG (an ordinary late July): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzg', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZH (where the mail goes, third pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzh', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZI (an ordinary late April): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzi', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZJ (an ordinary early December): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzj', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZP (one request or two inside one module, third pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzp', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZM (an ordinary mid-September restart): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzm', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZK (an ordinary mid-January): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzk', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZL (an ordinary mid-April around Easter): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzl', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZO (what kind of request a reply is): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzo', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZN (an ordinary mid-December): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzn', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZQ (whose phone number it is, third pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzq', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZR (who has the problem, third pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzr', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZS (an ordinary early February in very small Comuni): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzs', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZT (an ordinary late November in large towns): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzt', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZU (an ordinary late June on the coasts and islands): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzu', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZV (whom the mail asks for, fourth pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzv', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZW (mail written on phones and in a hurry): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzw', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZX (an ordinary early October in associated services): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzx', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZY (what is attached and what is said to be, second pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzy', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZ (which Ente asks, third pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzz', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZA (an ordinary early March in medium Comuni): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzza', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZB (what the subject says, third pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzb', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZC (when to call back, third pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzc', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZD (one request or two, fourth pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzd', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZE (an ordinary late May): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzze', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZF (what kind of request it is, thirteenth pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzf', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZG (an ordinary early December): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzg', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZH (replies and threads, fourth pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzh', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZI (what kind of request it is, fourteenth pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzi', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZJ (an ordinary mid-July): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzj', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZK (an ordinary late January): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzk', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZL (who has the problem, fourth pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzl', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZM (what kind of request it is, fifteenth pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzm', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZN (an ordinary late October): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzn', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZO (an ordinary early June): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzo', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZP (what kind of request it is, sixteenth pass, restore and undo): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzp', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZQ (whom the mail asks for, fifth pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzq', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZR (an ordinary mid-March): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzr', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZS (an ordinary late September): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzs', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZT (an ordinary early August): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzt', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZU (replies to the automatic ticket mails, fifth pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzu', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZV (what kind of request it is, seventeenth pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzv', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZW (an ordinary late April): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzw', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZX (an ordinary mid-November): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzx', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZY (an ordinary early February): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzy', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZ (an ordinary mid-May): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzz', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZA (what kind of request it is, eighteenth pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzza', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZB (an ordinary mid-October): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzb', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZC (an ordinary late December): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzc', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZD (an ordinary early September): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzd', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZE (what kind of request it is, nineteenth pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzze', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZF (an ordinary late June): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzf', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZJ (what kind of request it is, twentieth pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzj', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZG (an ordinary early January): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzg', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZI (an ordinary early November): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzi', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZH (an ordinary late March): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzh', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZM (an ordinary early July): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzm', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZK (an ordinary late February): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzk', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZN (one request or two, fifth pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzn', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZL (an ordinary mid-August): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzl', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZO (an ordinary mid-April): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzo', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZP (an ordinary mid-February): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzp', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZQ (an ordinary late August): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzq', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZR (an ordinary mid-December): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzr', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZS (an ordinary early May): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzs', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZT (an ordinary late December): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzt', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZU (what kind of request it is, twenty-first pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzu', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZV (how they sign and how to be reached, seventh pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzv', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZW (an ordinary early August): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzw', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZX (an ordinary early April): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzx', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZY (an ordinary late May): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzy', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZ (an ordinary mid-July): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzz', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZA (an ordinary early October): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzza', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZB (replies to the ticketing system's automatic mails, sixth pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzb', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZC (what kind of request it is, twenty-second pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzc', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZD (written on a phone or a tablet in a hurry, forty-second pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzd', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZE (an ordinary mid-June): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzze', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZF (one request or two, sixth pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzf', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZG (who writes, for whom, and whom they name, fourth pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzg', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZH (what kind of request it is, twenty-third pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzh', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZI (an ordinary mid-September): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzi', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZJ (an ordinary mid-November): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzj', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZK (an ordinary early June): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzk', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZL (an ordinary late January): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzl', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZM (an ordinary late July): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzm', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZN (an ordinary late October): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzn', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZO (an ordinary early September): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzo', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZP (an ordinary mid-May): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzp', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZQ (an ordinary early March): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzq', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZR (where the mail goes, fifty-ninth pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzr', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZS (answers inside the operator's quote, twelfth pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzs', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZT (short and to the point, seventh pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzt', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZU (an ordinary early January): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzu', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZV (an ordinary mid-April): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzv', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZW (an ordinary late November): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzw', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZX (an ordinary mid-March): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzx', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZY (an ordinary mid-February): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzy', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZ (help reserved for the future against problems now, fourth pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzz', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZA (who has the problem, fifth pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzza', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZB (written on a phone or a tablet in a hurry, forty-third pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzb', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZC (an ordinary mid-January): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzc', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZD (an ordinary early February): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzd', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZE (an ordinary late June): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzze', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZF (an ordinary early December): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzf', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZG (an ordinary mid-October): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzg', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZH (which Ente asks, fourth pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzh', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZI (attachments, forwards and threads, fifth pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzi', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZJ (what the subject says, fourth pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzj', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZK (an ordinary late February): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzk', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZL (an ordinary late March): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzl', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZM (an ordinary late April): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzm', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZN (an ordinary mid-August): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzn', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZO (an ordinary late September): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzo', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZP (an ordinary early November): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzp', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZQ (two topics or one): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzq', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZR (what kind of request): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzr', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZS (an ordinary early July): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzs', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZT (an ordinary late January): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzt', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZU (an ordinary mid-June): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzu', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZV (an ordinary mid-November): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzv', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZW (an ordinary early April): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzw', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZX (an ordinary late August): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzx', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZY (who writes and how to reach them): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzy', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZ (replies, reminders and threads): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzz', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZA (an ordinary mid-July): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzza', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZB (an ordinary early June): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzb', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZC (an ordinary mid-September): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzc', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZD (an ordinary late December): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzd', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZE (an ordinary early October): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzze', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZF (an ordinary mid-April): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzf', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZG (how much the mail says): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzg', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZH (who has the problem): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzh', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZI (an ordinary late May): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzi', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZJ (an ordinary early August): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzj', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZK (an ordinary late October): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzk', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZL (an ordinary mid-March): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzl', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZM (an ordinary mid-February): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzm', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZN (an ordinary early December): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzn', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZO (where the mail goes): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzo', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZP (attachments and screenshots): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzp', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZQ (an ordinary early January): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzq', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZR (an ordinary mid-May): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzr', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZS (an ordinary late July): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzs', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZT (an ordinary early September): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzt', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZU (an ordinary mid-October): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzu', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZV (an ordinary mid-December): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzv', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZW (written on a phone): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzw', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZX (what kind of request): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzx', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZY (an ordinary early March): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzy', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZ (an ordinary late November): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzz', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZA (an ordinary late June): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzza', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZB (an ordinary early February): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzb', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZC (an ordinary early May): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzc', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZD (an ordinary mid-January): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzd', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZE (which Ente asks): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzze', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZF (what the subject says): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzf', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZG (an ordinary late January): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzg', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZH (an ordinary mid-June): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzh', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZI (an ordinary early November): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzi', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZJ (an ordinary late September): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzj', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZK (an ordinary mid-August): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzk', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZL (an ordinary late April): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzl', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZM (how much the mail says): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzm', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZN (whom the mail asks for): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzn', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZO (an ordinary early July): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzo', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZP (an ordinary mid-September): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzp', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZQ (an ordinary late October): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzq', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZR (an ordinary early December): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzr', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZS (an ordinary mid-April): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzs', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZT (an ordinary early August): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzt', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZU (what kind of request): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzu', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZV (who has the problem): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzv', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZW (an ordinary late February): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzw', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZX (an ordinary late May): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzx', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZY (an ordinary mid-November): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzy', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZ (an ordinary late December): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzz', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZA (an ordinary late August): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzza', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZB (an ordinary early October): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzb', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZC (attachments and screenshots): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzc', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZD (what kind of request): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzd', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZE (an ordinary mid-March): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzze', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZF (an ordinary early June): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzf', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZG (an ordinary mid-July): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzg', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZH (an ordinary early January): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzh', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZI (an ordinary mid-May): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzi', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZJ (an ordinary early September): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzj', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZK (who has the problem): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzk', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZL (what kind of request): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzl', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZM (an ordinary late March): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzm', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZN (an ordinary late July): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzn', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZO (an ordinary mid-October): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzo', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZP (an ordinary mid-December): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzp', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZQ (an ordinary mid-February): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzq', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZR (an ordinary late June): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzr', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZS (who has the problem): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzs', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZT (where the mail goes): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzt', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZU (an ordinary early March): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzu', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZV (an ordinary late January): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzv', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZW (an ordinary early April): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzw', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZX (an ordinary late August): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzx', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZY (an ordinary late September): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzy', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZ (an ordinary early November): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzz', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZA (where the mail goes): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzza', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZB (what kind of request): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzb', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZC (an ordinary mid-June): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzc', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZD (an ordinary early July): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzd', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZE (an ordinary mid-September): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzze', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZF (an ordinary late October): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzf', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZG (an ordinary late November): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzg', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZH (an ordinary early February): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzh', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZI (how much the mail says): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzi', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZJ (who has the problem): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzj', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZK (an ordinary mid-January): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzk', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZL (an ordinary late February): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzl', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZM (an ordinary mid-April): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzm', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZN (an ordinary late May): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzn', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZO (an ordinary mid-August): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzo', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZP (an ordinary early October): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzp', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZQ (where the mail goes): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzq', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZR (what kind of request): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzr', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZS (an ordinary late March): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzs', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZT (an ordinary early May): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzt', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZU (an ordinary late June): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzu', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZV (an ordinary early August): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzv', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZW (an ordinary mid-November): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzw', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZX (what kind of request): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzx', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZY (what kind of request): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzy', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZ (which Ente asks): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzz', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZA (an ordinary mid-March): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzza', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZB (an ordinary late April): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzb', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZC (an ordinary late July): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzc', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZD (an ordinary early September): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzd', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZE (an ordinary mid-October): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzze', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZF (an ordinary early December): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzf', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZG (what kind of request): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzg', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZH (who has the problem): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzh', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZI (an ordinary mid-May): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzi', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZJ (an ordinary mid-July): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzj', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZK (an ordinary mid-December): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzk', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZL (an ordinary early January): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzl', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZM (an ordinary mid-February): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzm', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZN (an ordinary early June): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzn', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZO (what kind of request): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzo', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZP (help booked for a future date): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzp', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZQ (an ordinary late December): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzq', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZR (an ordinary early April): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzr', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZS (an ordinary mid-September): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzs', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZT (an ordinary late June): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzt', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZU (an ordinary early November): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzu', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZV (an ordinary mid-March): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzv', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZW (where the mail goes): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzw', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZX (who has the problem): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzx', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZY (an ordinary early February): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzy', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZ (an ordinary late August): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzz', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZA (an ordinary mid-October): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzza', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZB (an ordinary late May): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzb', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZC (an ordinary early July): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzc', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZD (an ordinary mid-November): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzd', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZE (which Ente asks): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzze', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZF (attachments and screenshots): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzf', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZG (an ordinary mid-January): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzg', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZH (an ordinary late February): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzh', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZI (an ordinary early May): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzi', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZJ (an ordinary mid-August): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzj', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZK (an ordinary late October): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzk', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZL (an ordinary early December): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzl', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZM (what kind of request): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzm', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZN (replies, reminders and threads): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzn', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZO (an ordinary late January): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzo', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZP (an ordinary early March): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzp', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZQ (an ordinary mid-June): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzq', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZR (an ordinary late July): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzr', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZS (an ordinary early September): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzs', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZT (an ordinary late November): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzt', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZU (whom the mail asks for): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzu', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZV (who writes and how to reach them): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzv', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZW (an ordinary early January): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzw', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZX (an ordinary mid-February): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzx', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZY (an ordinary late March): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzy', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZ (an ordinary mid-April): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzz', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZA (an ordinary mid-July): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzza', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZB (an ordinary early October): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzb', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZC (how much the mail says): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzc', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZD (one request or two): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzd', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZE (an ordinary late April): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzze', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZF (an ordinary mid-May): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzf', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZG (an ordinary early June): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzg', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZH (an ordinary early August): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzh', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZI (an ordinary late September): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzi', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZJ (an ordinary mid-December): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzj', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZK (help booked for a future date): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzk', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZL (mails written on a phone): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzl', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZM (an ordinary late January): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzm', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZN (an ordinary mid-June): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzn', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZO (an ordinary early October): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzo', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZP (an ordinary late November): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzp', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZQ (an ordinary mid-April): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzq', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZR (an ordinary early August): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzr', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZS (where the mail goes): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzs', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZT (attachments and screenshots): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzt', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZU (an ordinary early March): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzu', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZV (an ordinary mid-September): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzv', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZW (an ordinary late July): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzw', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZX (an ordinary early December): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzx', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZY (an ordinary mid-February): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzy', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZ (an ordinary late May): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzz', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZA (what kind of request): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzza', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZB (replies, reminders and threads): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzb', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZC (an ordinary mid-October): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzc', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZD (an ordinary late February): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzd', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZE (an ordinary early July): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzze', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZF (an ordinary mid-November): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzf', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZG (an ordinary late April): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzg', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZH (an ordinary early January): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzh', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZI (where the mail goes): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzi', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZJ (who has the problem): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzj', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZK (an ordinary mid-March): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzk', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZL (an ordinary early September): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzl', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZM (an ordinary late August): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzm', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZN (an ordinary mid-January): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzn', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZO (an ordinary early May): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzo', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZP (an ordinary late December): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzp', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZQ (what kind of request): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzq', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZR (mails written on a phone): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzr', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZS (an ordinary early February): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzs', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZT (an ordinary late March): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzt', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZU (an ordinary early June): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzu', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZV (an ordinary mid-August): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzv', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZW (an ordinary late October): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzw', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZX (an ordinary mid-December): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzx', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZY (what the helpdesk refuses, written the ordinary way): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzy', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZ (where the mail goes (67th pass)): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzz', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZA (an ordinary early April): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzza', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZB (an ordinary mid-May): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzb', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZC (an ordinary late June): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzc', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZD (an ordinary mid-July): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzd', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZE (an ordinary late September): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzze', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZF (an ordinary early November): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzf', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZG (who writes and how to reach them (third pass)): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzg', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZH (replies, reminders and threads (seventh pass)): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzh', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZI (an ordinary late January): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzi', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZJ (an ordinary mid-June): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzj', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZK (an ordinary early October): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzk', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZL (an ordinary late November): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzl', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZM (an ordinary mid-April): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzm', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZN (an ordinary early August): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzn', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZO (what kind of request (38th pass)): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzo', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZP (whom the mail asks for (third pass)): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzp', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZQ (an ordinary early March): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzq', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZR (an ordinary mid-September): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzr', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZS (an ordinary late July): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzs', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZT (an ordinary early December): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzt', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZU (an ordinary mid-February): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzu', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZV (an ordinary late May): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzv', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZW (attachments and screenshots (fifth pass)): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzw', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZX (mails written on a phone (16th pass)): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzx', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZY (an ordinary early January): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzy', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ (an ordinary late February): first score recorded in README.md; sealed.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzz', role: 'holdout', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZA (an ordinary mid-March): first score recorded in README.md; sealed.
  {
    name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzza',
    role: 'holdout',
    minTickets: 80,
    minPositives: 4,
  },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZB (an ordinary late April): first score recorded in README.md; sealed.
  {
    name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzb',
    role: 'holdout',
    minTickets: 80,
    minPositives: 4,
  },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZC (an ordinary early July): first score recorded in README.md; sealed.
  {
    name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzc',
    role: 'holdout',
    minTickets: 80,
    minPositives: 4,
  },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZD (an ordinary late August): first score recorded in README.md; sealed.
  {
    name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzd',
    role: 'holdout',
    minTickets: 80,
    minPositives: 4,
  },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZE (one Ente or several): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzze', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZF (what the helpdesk refuses, second pass): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzf', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZG (an ordinary mid-January): first score recorded in README.md; sealed.
  {
    name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzg',
    role: 'holdout',
    minTickets: 80,
    minPositives: 4,
  },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZH (an ordinary late March): first score recorded in README.md; sealed.
  {
    name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzh',
    role: 'holdout',
    minTickets: 80,
    minPositives: 4,
  },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZI (an ordinary early June): first score recorded in README.md; sealed.
  {
    name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzi',
    role: 'holdout',
    minTickets: 80,
    minPositives: 4,
  },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZJ (an ordinary mid-October): first score recorded in README.md; sealed.
  {
    name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzj',
    role: 'holdout',
    minTickets: 80,
    minPositives: 4,
  },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZK (an ordinary mid-November): first score recorded in README.md; sealed.
  {
    name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzk',
    role: 'holdout',
    minTickets: 80,
    minPositives: 4,
  },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZL (an ordinary late December): first score recorded in README.md; sealed.
  {
    name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzl',
    role: 'holdout',
    minTickets: 80,
    minPositives: 4,
  },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZM (people in between): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzm', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZN (one request or two): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzn', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZO (an ordinary early February): first score recorded in README.md; sealed.
  {
    name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzo',
    role: 'holdout',
    minTickets: 80,
    minPositives: 4,
  },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZP (an ordinary mid-May): first score recorded in README.md; sealed.
  {
    name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzp',
    role: 'holdout',
    minTickets: 80,
    minPositives: 4,
  },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZQ (an ordinary late June): first score recorded in README.md; sealed.
  {
    name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzq',
    role: 'holdout',
    minTickets: 80,
    minPositives: 4,
  },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZR (an ordinary mid-August): first score recorded in README.md; sealed.
  {
    name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzr',
    role: 'holdout',
    minTickets: 80,
    minPositives: 4,
  },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZS (an ordinary late September): first score recorded in README.md; sealed.
  {
    name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzs',
    role: 'holdout',
    minTickets: 80,
    minPositives: 4,
  },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZT (an ordinary mid-December): first score recorded in README.md; sealed.
  {
    name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzt',
    role: 'holdout',
    minTickets: 80,
    minPositives: 4,
  },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZU (where the mail goes): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzu', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZV (help booked ahead): first score recorded in README.md; opened.
  { name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzv', role: 'scored', minTickets: 80, minPositives: 4 },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZY (mid-July): first score recorded in README.md; sealed.
  {
    name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzy',
    role: 'holdout',
    minTickets: 80,
    minPositives: 4,
  },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ (early September): first score recorded in README.md; sealed.
  {
    name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz',
    role: 'holdout',
    minTickets: 80,
    minPositives: 4,
  },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZA (late October): first score recorded in README.md; sealed.
  {
    name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzza',
    role: 'holdout',
    minTickets: 80,
    minPositives: 4,
  },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZB (early November): first score recorded in README.md; sealed.
  {
    name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzb',
    role: 'holdout',
    minTickets: 80,
    minPositives: 4,
  },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZC (a wrong result): first score recorded in README.md; opened.
  {
    name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzc',
    role: 'scored',
    minTickets: 80,
    minPositives: 4,
  },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZW (early April): first score recorded in README.md; sealed.
  {
    name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzw',
    role: 'holdout',
    minTickets: 80,
    minPositives: 4,
  },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZX (early May): first score recorded in README.md; sealed.
  {
    name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzx',
    role: 'holdout',
    minTickets: 80,
    minPositives: 4,
  },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZD (help booked ahead, 2nd pass): first score recorded in README.md; opened.
  {
    name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzd',
    role: 'scored',
    minTickets: 80,
    minPositives: 4,
  },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZE (early January): first score recorded in README.md; sealed.
  {
    name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzze',
    role: 'holdout',
    minTickets: 80,
    minPositives: 4,
  },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZF (late February): first score recorded in README.md; sealed.
  {
    name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzf',
    role: 'holdout',
    minTickets: 80,
    minPositives: 4,
  },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZG (mid-March): first score recorded in README.md; sealed.
  {
    name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzg',
    role: 'holdout',
    minTickets: 80,
    minPositives: 4,
  },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZI (a wrong result, 2nd pass): first score recorded in README.md; opened.
  {
    name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzi',
    role: 'scored',
    minTickets: 80,
    minPositives: 4,
  },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZJ (one Ente or several, 2nd pass): first score recorded in README.md; opened.
  {
    name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzj',
    role: 'scored',
    minTickets: 80,
    minPositives: 4,
  },
  // Writer ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZH (late April): first score recorded in README.md; sealed, the newest measure.
  {
    name: 'batch-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzh',
    role: 'holdout',
    minTickets: 80,
    minPositives: 4,
  },
];
