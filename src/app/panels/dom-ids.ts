/** The page's element with this id (index.html holds the panels' markup). */
export const byId = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;
