/** The month names Finviz's dates use ("May 11, 2026", "Apr 30", "May-11-26"), January first. */
export const MONTHS: readonly string[] = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
