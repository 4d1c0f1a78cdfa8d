/** The months' English names in lower case, January first (dates typed by students, dates read in answers). */
export const MONTH_NAMES: readonly string[] = Object.freeze(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
