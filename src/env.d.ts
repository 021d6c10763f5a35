/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by a reading page before it renders MDX content, read by the MDX components. */
    reader?: {
      lang: import('./i18n').Lang;
      /** Added to a provision's depth to get its heading level (the page's own h1/h2 is depth 1). */
      headingOffset: number;
    };
  }
}
