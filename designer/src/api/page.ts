/** One page of a list endpoint (`Page<T>` on the server). */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
