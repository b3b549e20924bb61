// Types for gas-local, which ships none: it loads every .js file of a folder into one vm context.
declare module 'gas-local' {
  const gas: {
    require(folder: string, globals?: object, options?: { filter?: (file: string) => boolean }): object;
    globalMockDefault: object;
  };
  export default gas;
}
