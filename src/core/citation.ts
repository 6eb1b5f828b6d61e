/**
 * One entry of lmdkit's bibliography: a work a rule, threshold, formula or datum rests on.
 *
 * `verified` says whether the bibliographic details were checked against the work itself or a
 * reliable catalogue; `false` means they were taken from a secondary source (such as the seeds'
 * citations) and may be incomplete.
 * @see {@link references} for the bibliography itself
 */
export interface Citation {
  /** A stable kebab-case id: first author's surname (or the body), year, and a suffix when needed. */
  readonly id: string;
  /** Authors in citation order, `Surname, Initials.`; an organisation when there is no named author. */
  readonly authors: readonly string[];
  /** Year of publication. */
  readonly year: number;
  /** The work's title in sentence case. */
  readonly title: string;
  /** Where it appeared: journal with volume, issue and pages; publisher; or the issuing body. */
  readonly outlet: string;
  /** A DOI without the resolver prefix, where the work has one and it was checked. */
  readonly doi?: string;
  /** Whether the details above were confirmed, not only copied from a secondary citation. */
  readonly verified: boolean;
  /** Why the entry is here, or what is uncertain about it. */
  readonly note?: string;
}
