import {
  Anchor,
  type AnchorProps,
  Button,
  type ButtonProps,
  NavLink,
  type NavLinkProps,
} from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import type { ComponentPropsWithRef } from 'react';

// Mantine's `component={Link}` loses the router's types (`to`, `params`); these keep them.

type AnchorAttributes = Omit<ComponentPropsWithRef<'a'>, 'color' | 'style'>;

export const ButtonLink = createLink((props: ButtonProps & AnchorAttributes) => (
  <Button component="a" {...props} />
));

export const AnchorLink = createLink((props: AnchorProps & AnchorAttributes) => (
  <Anchor component="a" {...props} />
));

export const NavLinkLink = createLink((props: NavLinkProps & AnchorAttributes) => (
  <NavLink component="a" {...props} />
));
