// Who handles the case: the organisation, the assignee by name, and taking it or handing it to a colleague
// picked from the organisation's staff.
import { useQuery } from '@tanstack/react-query';
import { Descriptions, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Panel } from '../../components/Panel';
import { useMe } from '../../features/console/ConsoleLayout';
import { api } from '../../lib/api';
import type { CaseDetail } from '../../lib/types';

export function Assignment({
  c,
  busy,
  run,
}: {
  c: CaseDetail;
  busy: boolean;
  run: (fn: () => Promise<CaseDetail>) => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const [colleague, setColleague] = useState<string | undefined>();
  const orgId = c.assignedOrg?.id;
  // Only the organisation's own staff and the regulators may list it; anyone else simply gets no picker.
  const staff = useQuery({
    queryKey: ['org-staff', c.region.code, orgId],
    queryFn: () => api.orgStaff(c.region.code, orgId!),
    enabled: Boolean(orgId) && c.allowedActions.includes('assign'),
    staleTime: 60_000,
  });
  const mine = c.assigneeUserId !== null && c.assigneeUserId === me.id;
  const assigneeName = staff.data?.items.find((u) => u.id === c.assigneeUserId)?.displayName;
  const others = (staff.data?.items ?? []).filter((u) => u.id !== me.id && u.id !== c.assigneeUserId);
  return (
    <Panel title={t('desk.assign')}>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'org', label: t('desk.org'), children: c.assignedOrg?.name ?? '—' },
          {
            key: 'who',
            label: t('desk.assignee'),
            children: (
              <span data-testid="assignee">
                {c.assigneeUserId === null
                  ? t('desk.unassigned')
                  : mine
                    ? t('desk.assignedToYou')
                    : (assigneeName ?? t('desk.assignedOther'))}
              </span>
            ),
          },
        ]}
      />
      {c.allowedActions.includes('assign') ? (
        <Space wrap style={{ marginTop: 8 }}>
          {!mine ? (
            <ConfirmButton
              type="primary"
              loading={busy}
              data-testid="assign-self"
              question={t('desk.assignSelf')}
              onConfirm={() => run(() => api.command(c.id, 'assign', {}))}
            >
              {t('desk.assignSelf')}
            </ConfirmButton>
          ) : null}
          {others.length > 0 ? (
            <>
              <Select
                aria-label={t('desk.colleague')}
                placeholder={t('desk.colleague')}
                data-testid="colleague"
                style={{ width: 220 }}
                showSearch={{ optionFilterProp: 'label' }}
                value={colleague}
                onChange={setColleague}
                options={others.map((u) => ({ value: u.id, label: u.displayName }))}
              />
              <ConfirmButton
                disabled={!colleague}
                loading={busy}
                data-testid="assign-colleague"
                question={t('desk.assignColleague')}
                onConfirm={() =>
                  colleague ? run(() => api.command(c.id, 'assign', { userId: colleague })) : undefined
                }
              >
                {t('desk.assignColleague')}
              </ConfirmButton>
            </>
          ) : null}
        </Space>
      ) : null}
    </Panel>
  );
}
