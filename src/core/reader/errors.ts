// Why a workbook could not be read as a plan, said in one plain sentence the user can act on.

/** The plan could not be read at all: one plain sentence for the user. */
export class PlanReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PlanReadError";
  }
}

/** No sheet could be read as the plan: the user can say which sheet and columns hold it. */
export class PlanNotFoundError extends PlanReadError {
  constructor(message: string) {
    super(message);
    this.name = "PlanNotFoundError";
  }
}

/** The sheet is there, but no row reads as the plan's header: its headings are not ones Plan Check knows. */
export class NoPlanHeaderError extends PlanNotFoundError {
  constructor(message: string) {
    super(message);
    this.name = "NoPlanHeaderError";
  }
}
