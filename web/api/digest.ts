import { useQuery } from '@tanstack/react-query';
import { previewDigest } from '../../contract/endpoints/digest.js';
import { call } from './client.js';

/** This week's digest as it would be emailed now (owners and admins). */
export function useDigestPreview() {
  return useQuery({
    queryKey: ['digest-preview'],
    queryFn: ({ signal }) => call(previewDigest, { signal }),
  });
}
