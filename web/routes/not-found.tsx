import { Button, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../components/page-header.js';

export function NotFoundRoute() {
  return (
    <>
      <PageHeader title="Page not found" />
      <Text mb="md">There is no page at this address. It may have moved, or the link may be mistyped.</Text>
      <Button component={Link} to="/">
        Go home
      </Button>
    </>
  );
}
