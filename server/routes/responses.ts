/** Until every route is made from its endpoint definition; the definitions' list is the one source. */
export { errorResponses } from '../../contract/endpoints/endpoint.js';
