import { Button, Empty, List } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Panel } from '../../components/Panel';
import { forgetCase, savedCases } from '../../lib/caseTokens';
import { dateTime } from '../../lib/format';

/** "My cases": the cases whose links were opened on this device (no sign-in needed). */
export default function MyCases() {
  const { t, i18n } = useTranslation();
  const [list, setList] = useState(savedCases);
  return (
    <Panel title={t('myCases.title')}>
      {list.length === 0 ? (
        <Empty description={t('myCases.empty')} />
      ) : (
        <List
          dataSource={list}
          renderItem={(c) => (
            <List.Item
              actions={[
                <Button
                  key="forget"
                  type="link"
                  size="small"
                  onClick={() => {
                    forgetCase(c.id);
                    setList(savedCases());
                  }}
                >
                  {t('myCases.forget')}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={<Link to={`/c/${c.id}#${c.token}`}>{c.title || c.number || c.id.slice(0, 8)}</Link>}
                description={`${c.number ?? ''} · ${dateTime(c.savedAt, i18n.language)}`}
              />
            </List.Item>
          )}
        />
      )}
    </Panel>
  );
}
