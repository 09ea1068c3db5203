/** A Swedish municipality (kommun) as SCB codes it. */
export interface Municipality {
  /** Kommunkod: four digits, leading zero kept ("0114"). */
  readonly code: string;
  /** Short name as SCB lists it ("Falun", "Malung-Sälen"). */
  readonly name: string;
  /** Länskod: two digits ("20"); always the first two digits of `code`. */
  readonly countyCode: string;
  /** County name ("Dalarnas län"). */
  readonly county: string;
  /** The county's regional authority ("Region Dalarna", "Västra Götalandsregionen"). */
  readonly region: string;
}

/** A county (län) and its regional authority. */
export interface County {
  /** Länskod: two digits ("20"). */
  readonly code: string;
  /** County name ("Dalarnas län"). */
  readonly name: string;
  /** Regional authority ("Region Dalarna"). */
  readonly region: string;
}
