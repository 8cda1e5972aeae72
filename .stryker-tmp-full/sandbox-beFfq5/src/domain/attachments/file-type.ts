/** File types the platform accepts as attachments: official documents and scans. */
// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
export const attachmentTypes = {
  pdf: {
    mediaType: 'application/pdf',
    extensions: ['.pdf']
  },
  ofd: {
    mediaType: 'application/ofd',
    extensions: ['.ofd']
  },
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['.docx']
  },
  png: {
    mediaType: 'image/png',
    extensions: ['.png']
  },
  jpeg: {
    mediaType: 'image/jpeg',
    extensions: ['.jpg', '.jpeg']
  }
} as const;
export type AttachmentType = keyof typeof attachmentTypes;
const startsWith = stryMutAct_9fa48("0") ? () => undefined : (stryCov_9fa48("0"), (() => {
  const startsWith = (bytes: Uint8Array, signature: readonly number[]) => stryMutAct_9fa48("1") ? signature.some((b, i) => bytes[i] === b) : (stryCov_9fa48("1"), signature.every(stryMutAct_9fa48("2") ? () => undefined : (stryCov_9fa48("2"), (b, i) => stryMutAct_9fa48("5") ? bytes[i] !== b : stryMutAct_9fa48("4") ? false : stryMutAct_9fa48("3") ? true : (stryCov_9fa48("3", "4", "5"), bytes[i] === b))));
  return startsWith;
})());

/** Whether a zip archive names an entry (the name is stored in plain bytes in the local and central headers). */
function zipHasEntry(bytes: Buffer, name: string): boolean {
  if (stryMutAct_9fa48("6")) {
    {}
  } else {
    stryCov_9fa48("6");
    return bytes.includes(Buffer.from(name, stryMutAct_9fa48("7") ? "" : (stryCov_9fa48("7"), 'latin1')));
  }
}

/** The type by content (magic bytes, and for zip-based formats the entry that defines them), or undefined. */
export function sniffType(bytes: Buffer): AttachmentType | undefined {
  if (stryMutAct_9fa48("8")) {
    {}
  } else {
    stryCov_9fa48("8");
    if (stryMutAct_9fa48("10") ? false : stryMutAct_9fa48("9") ? true : (stryCov_9fa48("9", "10"), startsWith(bytes, stryMutAct_9fa48("11") ? [] : (stryCov_9fa48("11"), [0x25, 0x50, 0x44, 0x46, 0x2d])))) return stryMutAct_9fa48("12") ? "" : (stryCov_9fa48("12"), 'pdf');
    if (stryMutAct_9fa48("14") ? false : stryMutAct_9fa48("13") ? true : (stryCov_9fa48("13", "14"), startsWith(bytes, stryMutAct_9fa48("15") ? [] : (stryCov_9fa48("15"), [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))) return stryMutAct_9fa48("16") ? "" : (stryCov_9fa48("16"), 'png');
    if (stryMutAct_9fa48("18") ? false : stryMutAct_9fa48("17") ? true : (stryCov_9fa48("17", "18"), startsWith(bytes, stryMutAct_9fa48("19") ? [] : (stryCov_9fa48("19"), [0xff, 0xd8, 0xff])))) return stryMutAct_9fa48("20") ? "" : (stryCov_9fa48("20"), 'jpeg');
    if (stryMutAct_9fa48("22") ? false : stryMutAct_9fa48("21") ? true : (stryCov_9fa48("21", "22"), startsWith(bytes, stryMutAct_9fa48("23") ? [] : (stryCov_9fa48("23"), [0x50, 0x4b, 0x03, 0x04])))) {
      if (stryMutAct_9fa48("24")) {
        {}
      } else {
        stryCov_9fa48("24");
        if (stryMutAct_9fa48("26") ? false : stryMutAct_9fa48("25") ? true : (stryCov_9fa48("25", "26"), zipHasEntry(bytes, stryMutAct_9fa48("27") ? "" : (stryCov_9fa48("27"), 'word/document.xml')))) return stryMutAct_9fa48("28") ? "" : (stryCov_9fa48("28"), 'docx');
        if (stryMutAct_9fa48("30") ? false : stryMutAct_9fa48("29") ? true : (stryCov_9fa48("29", "30"), zipHasEntry(bytes, stryMutAct_9fa48("31") ? "" : (stryCov_9fa48("31"), 'OFD.xml')))) return stryMutAct_9fa48("32") ? "" : (stryCov_9fa48("32"), 'ofd');
      }
    }
    return undefined;
  }
}

/**
 * Bidirectional overrides and isolates (which make "invoice\u202Efdp.exe" read as "invoiceexe.pdf"), other
 * invisible format characters, and C0/C1 control characters.
 */
// eslint-disable-next-line no-control-regex
const hiddenInFileNames = stryMutAct_9fa48("33") ? /[^\u0000-\u001F\u007F-\u009F\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g : (stryCov_9fa48("33"), /[\u0000-\u001F\u007F-\u009F\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g);

/** A file name as shown to people: NFC, without hidden or control characters, without surrounding spaces. */
export function normaliseFileName(fileName: string): string {
  if (stryMutAct_9fa48("34")) {
    {}
  } else {
    stryCov_9fa48("34");
    return stryMutAct_9fa48("35") ? fileName.normalize('NFC').replace(hiddenInFileNames, '') : (stryCov_9fa48("35"), fileName.normalize(stryMutAct_9fa48("36") ? "" : (stryCov_9fa48("36"), 'NFC')).replace(hiddenInFileNames, stryMutAct_9fa48("37") ? "Stryker was here!" : (stryCov_9fa48("37"), '')).trim());
  }
}

/**
 * A file with a document's magic bytes and a web page behind them (a "PDF" that a browser sniffing the content
 * would run as HTML): markup in the first kilobyte. Real PDFs, images and zip packages have none there.
 */
function isHtmlPolyglot(bytes: Buffer): boolean {
  if (stryMutAct_9fa48("38")) {
    {}
  } else {
    stryCov_9fa48("38");
    return (stryMutAct_9fa48("42") ? /<(html|script|body|iframe|svg|!doctype\s+html)[\S>/]/i : stryMutAct_9fa48("41") ? /<(html|script|body|iframe|svg|!doctype\s+html)[^\s>/]/i : stryMutAct_9fa48("40") ? /<(html|script|body|iframe|svg|!doctype\S+html)[\s>/]/i : stryMutAct_9fa48("39") ? /<(html|script|body|iframe|svg|!doctype\shtml)[\s>/]/i : (stryCov_9fa48("39", "40", "41", "42"), /<(html|script|body|iframe|svg|!doctype\s+html)[\s>/]/i)).test(bytes.subarray(0, 1024).toString(stryMutAct_9fa48("43") ? "" : (stryCov_9fa48("43"), 'latin1')));
  }
}

/**
 * Checks a file by its name and its content (ASVS 5.2.2): both must say the same accepted type. Returns the
 * type or a Chinese reason for refusing it.
 */
export function checkAttachment(fileName: string, bytes: Buffer, maxBytes: number): {
  type: AttachmentType;
} | {
  problem: string;
} {
  if (stryMutAct_9fa48("44")) {
    {}
  } else {
    stryCov_9fa48("44");
    if (stryMutAct_9fa48("47") ? bytes.length !== 0 : stryMutAct_9fa48("46") ? false : stryMutAct_9fa48("45") ? true : (stryCov_9fa48("45", "46", "47"), bytes.length === 0)) return stryMutAct_9fa48("48") ? {} : (stryCov_9fa48("48"), {
      problem: stryMutAct_9fa48("49") ? "" : (stryCov_9fa48("49"), '文件为空')
    });
    if (stryMutAct_9fa48("53") ? bytes.length <= maxBytes : stryMutAct_9fa48("52") ? bytes.length >= maxBytes : stryMutAct_9fa48("51") ? false : stryMutAct_9fa48("50") ? true : (stryCov_9fa48("50", "51", "52", "53"), bytes.length > maxBytes)) return stryMutAct_9fa48("54") ? {} : (stryCov_9fa48("54"), {
      problem: stryMutAct_9fa48("55") ? `` : (stryCov_9fa48("55"), `文件超过大小上限（${Math.floor(stryMutAct_9fa48("56") ? maxBytes / 1024 * 1024 : (stryCov_9fa48("56"), (stryMutAct_9fa48("57") ? maxBytes * 1024 : (stryCov_9fa48("57"), maxBytes / 1024)) / 1024))} MB）`)
    });
    if (stryMutAct_9fa48("60") ? /[\\/\0]/.test(fileName) && fileName.length > 200 : stryMutAct_9fa48("59") ? false : stryMutAct_9fa48("58") ? true : (stryCov_9fa48("58", "59", "60"), (stryMutAct_9fa48("61") ? /[^\\/\0]/ : (stryCov_9fa48("61"), /[\\/\0]/)).test(fileName) || (stryMutAct_9fa48("64") ? fileName.length <= 200 : stryMutAct_9fa48("63") ? fileName.length >= 200 : stryMutAct_9fa48("62") ? false : (stryCov_9fa48("62", "63", "64"), fileName.length > 200)))) return stryMutAct_9fa48("65") ? {} : (stryCov_9fa48("65"), {
      problem: stryMutAct_9fa48("66") ? "" : (stryCov_9fa48("66"), '文件名无效')
    });
    const extension = stryMutAct_9fa48("68") ? fileName.toUpperCase().match(/\.[a-z0-9]+$/)?.[0] : stryMutAct_9fa48("67") ? fileName.toLowerCase().match(/\.[a-z0-9]+$/)[0] : (stryCov_9fa48("67", "68"), fileName.toLowerCase().match(stryMutAct_9fa48("71") ? /\.[^a-z0-9]+$/ : stryMutAct_9fa48("70") ? /\.[a-z0-9]$/ : stryMutAct_9fa48("69") ? /\.[a-z0-9]+/ : (stryCov_9fa48("69", "70", "71"), /\.[a-z0-9]+$/))?.[0]);
    const byName = (Object.keys(attachmentTypes) as AttachmentType[]).find(stryMutAct_9fa48("72") ? () => undefined : (stryCov_9fa48("72"), t => (attachmentTypes[t].extensions as readonly string[]).includes(stryMutAct_9fa48("73") ? extension && '' : (stryCov_9fa48("73"), extension ?? (stryMutAct_9fa48("74") ? "Stryker was here!" : (stryCov_9fa48("74"), ''))))));
    if (stryMutAct_9fa48("77") ? false : stryMutAct_9fa48("76") ? true : stryMutAct_9fa48("75") ? byName : (stryCov_9fa48("75", "76", "77"), !byName)) return stryMutAct_9fa48("78") ? {} : (stryCov_9fa48("78"), {
      problem: stryMutAct_9fa48("79") ? "" : (stryCov_9fa48("79"), '只接受 PDF、OFD、DOCX、PNG、JPEG 文件')
    });
    const byContent = sniffType(bytes);
    if (stryMutAct_9fa48("82") ? byContent === byName : stryMutAct_9fa48("81") ? false : stryMutAct_9fa48("80") ? true : (stryCov_9fa48("80", "81", "82"), byContent !== byName)) return stryMutAct_9fa48("83") ? {} : (stryCov_9fa48("83"), {
      problem: stryMutAct_9fa48("84") ? `` : (stryCov_9fa48("84"), `文件内容与扩展名不符（扩展名为 ${extension}，内容${byContent ? stryMutAct_9fa48("85") ? `` : (stryCov_9fa48("85"), `为 ${stryMutAct_9fa48("86") ? byContent.toLowerCase() : (stryCov_9fa48("86"), byContent.toUpperCase())}`) : stryMutAct_9fa48("87") ? "" : (stryCov_9fa48("87"), '无法识别')}）`)
    });
    if (stryMutAct_9fa48("89") ? false : stryMutAct_9fa48("88") ? true : (stryCov_9fa48("88", "89"), isHtmlPolyglot(bytes))) return stryMutAct_9fa48("90") ? {} : (stryCov_9fa48("90"), {
      problem: stryMutAct_9fa48("91") ? "" : (stryCov_9fa48("91"), '文件开头含有网页代码（HTML/脚本），不像真正的文档')
    });
    return stryMutAct_9fa48("92") ? {} : (stryCov_9fa48("92"), {
      type: byName
    });
  }
}