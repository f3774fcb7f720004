import type {Company} from '../company-model.js';
import {escapeHtml, withCommas} from '../page-formats.js';
import {hashString} from '../random.js';

/** The company's profile: a made-up bio of about the real length. */
export function profileHtml(company: Company): string {
  const name = escapeHtml(company.name);
  const industry = escapeHtml(company.industry.toLowerCase());
  return `<td class="fullview-profile quote_profile" align="left" valign="top"><div class="quote_profile-bio">${name} engages in ${industry} and related services. The company operates through its Products and Services segments and sells to consumers, small and mid-sized businesses, and government customers. It was founded in ${1900 + (hashString(company.ticker) % 120)} and is headquartered in ${escapeHtml(company.country === 'USA' ? 'Wilmington, DE' : company.country)}. The company employs ${withCommas(company.employees)} people. Its products are sold through direct and indirect distribution channels, including its own retail and online stores, resellers, wholesalers and carriers. The ${industry} segment accounts for the majority of revenue, while the services business, which includes subscriptions, support, licensing and advertising, has grown faster over the last five years. Management has said it expects to keep investing in research and development, in its supply chain and in new markets, and to return capital to shareholders through buybacks${company.paysDividend ? ' and dividends' : ''}.</div>
</td>
`;
}
