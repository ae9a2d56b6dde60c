// The "More" menu of the step tabs, loaded only when a tab does not fit (a narrow pane, zoom): Fluent's Menu and its
// positioning are not part of the pane's first download for a row that almost always fits.
import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, useIsOverflowItemVisible } from '@fluentui/react-components';
import type { Ref } from 'react';

export interface MoreTabsMenuProps {
  tabs: readonly { value: string; label: string }[];
  onSelect: (value: string) => void;
  buttonRef: Ref<HTMLButtonElement>;
  className: string;
  count: number;
}

export default function MoreTabsMenu({ tabs, onSelect, buttonRef, className, count }: MoreTabsMenuProps) {
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button ref={buttonRef} appearance="transparent" size="small" className={className}>
          More ({count})
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {tabs.map((tab) => (
            <HiddenTab key={tab.value} value={tab.value} label={tab.label} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/** A menu entry only for a tab the row had no room for. */
function HiddenTab({ value, label, onSelect }: { value: string; label: string; onSelect: (value: string) => void }) {
  const visible = useIsOverflowItemVisible(value);
  if (visible) return null;
  return <MenuItem onClick={() => onSelect(value)}>{label}</MenuItem>;
}
