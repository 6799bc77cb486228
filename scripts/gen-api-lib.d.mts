export declare const contractUrl: URL;
export declare const schemaFile: string;
export declare function generateApiTypes(): Promise<string>;
