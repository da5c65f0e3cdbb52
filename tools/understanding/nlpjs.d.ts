// NLP.js ships no type declarations; this is the part of its API the statistical stand-in uses.
declare module '@nlpjs/nlp' {
  interface NerEntity {
    readonly entity: string;
    readonly option: string;
    readonly utteranceText: string;
    readonly accuracy: number;
  }
  interface NlpResult {
    readonly intent: string;
    readonly score: number;
  }
  export class Nlp {
    constructor(settings: { languages: string[]; autoSave: boolean; autoLoad: boolean; nlu: { log: boolean } });
    use(plugin: unknown): void;
    addDocument(locale: string, utterance: string, intent: string): void;
    addNerRuleOptionTexts(locale: string, entity: string, option: string, texts: string[]): void;
    train(): Promise<void>;
    process(locale: string, utterance: string): Promise<NlpResult>;
    readonly ner: { process(input: { locale: string; utterance: string; text: string }): Promise<{ entities: NerEntity[] }> };
  }
}
declare module '@nlpjs/lang-en-min' {
  export const LangEn: unknown;
}
