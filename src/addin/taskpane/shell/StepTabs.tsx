// The pane's one row of tabs. A task pane can be 320 px wide; wrapped onto two lines, the row read as two rows of
// tabs. The five steps fit at 320 px in caption-sized text with tight padding (measured in Chromium with its
// fallback font, wider than Segoe UI: 290 of 296 px). Where they still do not fit (zoom, a larger system font),
// Fluent's Overflow keeps the row on one line and moves the tabs that do not fit into a "More" menu, the selected
// tab last of all, so the step the principal is on stays in view.
import { Button, Overflow, OverflowItem, Tab, TabList, makeStyles, tokens, useOverflowMenu } from '@fluentui/react-components';
import { Suspense, lazy } from 'react';

const MoreTabsMenu = lazy(() => import(/* webpackChunkName: "more-tabs" */ './MoreTabsMenu'));

const useStyles = makeStyles({
  // A tab never breaks its own label either: it overflows whole.
  tab: {
    whiteSpace: 'nowrap',
    flexShrink: 0,
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
    // The label and the hidden copy that reserves its bold width; the tab's own padding is all the room between labels.
    '& .fui-Tab__content, & .fui-Tab__content--reserved-space': {
      fontSize: tokens.fontSizeBase200,
      lineHeight: tokens.lineHeightBase200,
      paddingLeft: 0,
      paddingRight: 0,
    },
  },
  more: { flexShrink: 0, minWidth: 'auto', alignSelf: 'center' },
});

export interface StepTabsProps<T extends string> {
  /** In the order they are shown; the label is also the tab's accessible name. */
  tabs: readonly { value: T; label: string }[];
  /** A value no tab has (a side trip such as the case studies) selects none. */
  selected: T | string;
  onSelect: (value: T) => void;
  label: string;
}

export function StepTabs<T extends string>({ tabs, selected, onSelect, label }: StepTabsProps<T>) {
  const styles = useStyles();
  return (
    <Overflow minimumVisible={1} padding={0}>
      <TabList selectedValue={selected} onTabSelect={(_, data) => onSelect(data.value as T)} aria-label={label} size="small">
        {tabs.map((tab) => (
          <OverflowItem key={tab.value} id={tab.value} priority={tab.value === selected ? 2 : 1}>
            <Tab value={tab.value} className={styles.tab}>
              {tab.label}
            </Tab>
          </OverflowItem>
        ))}
        <MoreTabs tabs={tabs} onSelect={onSelect} className={styles.more} />
      </TabList>
    </Overflow>
  );
}

function MoreTabs<T extends string>(props: { tabs: StepTabsProps<T>['tabs']; onSelect: (value: T) => void; className: string }) {
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  // The same button stands in while the menu's code loads, so the row measures the same.
  const button = (
    <Button ref={ref} appearance="transparent" size="small" className={props.className}>
      More ({overflowCount})
    </Button>
  );
  return (
    <Suspense fallback={button}>
      <MoreTabsMenu
        tabs={props.tabs}
        onSelect={(value) => props.onSelect(value as T)}
        buttonRef={ref}
        className={props.className}
        count={overflowCount}
      />
    </Suspense>
  );
}
